namespace NewsBot.Core.Quotes;

/// <summary>
/// The turns of a transcript: each labelled paragraph (and the paragraphs that go on with it) is its speaker's words,
/// a direct quote without quote marks, except the sentences in it that relay someone else's words.
/// </summary>
internal sealed partial class ArticleReading
{
    // The speaker of the turn being read, where its words start in the paragraph, and the run of its sentences not
    // yet emitted (-1 when none).
    private CastMember? _turnSpeaker;
    private int _turnWordsAt;
    private int _runStart = -1;
    private int _runEnd;

    private bool IsAnswer(int paragraph) => _labelSpeakers.ContainsKey(paragraph);

    private void StartTurn(int paragraph)
    {
        _turnSpeaker = _labelSpeakers[paragraph];
        _turnWordsAt = _labelWordsAt.TryGetValue(paragraph, out var wordsAt) && _transcriptLabels.ContainsKey(paragraph) ? wordsAt : _paragraphStarts[paragraph];
        _runStart = -1;
    }

    // "ANNA LEVENTIS: ... Sir Keir said Britain and France would work with Ukraine on a plan. The order matters.": a
    // sentence of the turn that reports a person, or quotes someone, is theirs and read as any other; the sentences
    // around it are the turn speaker's. Words quoted in the speaker's own sentences are part of the turn, and a cue
    // reporting no person there ("I take everything the council says seriously") reports no one.
    private void TurnSentence(int s, List<Piece> p, List<(int At, CastMember Member, bool EndsWithColon)> paragraphCues)
    {
        var from = Math.Max(_sentences[s].Start, _turnWordsAt);
        var to = _sentences[s].End;
        if (from >= to)
            return;
        if (RelaysSomeoneElse(p, paragraphCues))
        {
            EndTurnRun();
            MarkQuotes(from, to, _turnSpeaker!);
            return;
        }

        MarkQuotes(from, to, _turnSpeaker!);
        if (_runStart < 0)
            _runStart = from;
        _runEnd = to;
    }

    // Reads the sentence as prose; keeps what it found only when that is someone other than the turn's speaker, a
    // person or words in quote marks.
    private bool RelaysSomeoneElse(List<Piece> p, List<(int At, CastMember Member, bool EndsWithColon)> paragraphCues)
    {
        var found = _found.Count;
        var cues = paragraphCues.Count;
        var (lastSpeaker, lastSpeakerAt, lastDirect, lastDirectAt) = (_lastSpeaker, _lastSpeakerAt, _lastDirectSpeaker, _lastDirectAt);
        ReadSentence(p, paragraphCues, headline: false);
        if (_found.Count > found && _lastSpeaker is { } relayed && relayed != _turnSpeaker
            && (p.Exists(piece => piece.Kind == PieceKind.Quote) || (relayed.Kind == SpeakerKind.Person && NamedIn(relayed, p) && ReportsAClause(found))))
            return true;
        _found.RemoveRange(found, _found.Count - found);
        _foundSpeakers.RemoveRange(found, _foundSpeakers.Count - found);
        paragraphCues.RemoveRange(cues, paragraphCues.Count - cues);
        (_lastSpeaker, _lastSpeakerAt, _lastDirectSpeaker, _lastDirectAt) = (lastSpeaker, lastSpeakerAt, lastDirect, lastDirectAt);
        return false;
    }

    // "Sir Keir said ...": the person is named in the sentence; "She was saying this before it was fashionable" is the
    // turn speaker's own remark about someone, and "I've been saying" the speaker's own words whoever "I" was taken for.
    private static bool NamedIn(CastMember member, List<Piece> p)
    {
        foreach (var name in member.Name.Split(' '))
        {
            if (name.Length > 2 && char.IsUpper(name[0]) && name.AsSpan().IndexOfAny('\'', '’') < 0 && p.Exists(piece => piece.Kind == PieceKind.Word && piece.Text == name))
                return true;
        }

        return false;
    }

    // "Mr Medvedev writes a great deal": words this short are no report of what someone said.
    private bool ReportsAClause(int firstFound)
    {
        for (var f = firstFound; f < _found.Count; f++)
        {
            if (_found[f].Quote.Text.Count(c => c == ' ') >= 3)
                return true;
        }

        return false;
    }

    // Quoted words of the turn are handled: no later pass gives them to anyone.
    private void MarkQuotes(int from, int to, CastMember speaker)
    {
        for (var q = 0; q < _spans.Count; q++)
        {
            if (_spans[q].Start >= from && _spans[q].Start < to && _quoteSpeaker[q] is null)
                _quoteSpeaker[q] = speaker;
        }
    }

    // "A: Well, he would say that. (Laughs.) Look, every army prepares.": the run is the speaker's words, in parts cut
    // at the stage directions the transcript adds.
    private void EndTurnRun()
    {
        if (_runStart < 0 || _turnSpeaker is not { } speaker)
            return;
        var (start, end) = (_runStart, _runEnd);
        _runStart = -1;
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (_text[i] is not ('(' or '[') || StageDirectionEnd(i, from, end) is not (var close and > 0))
                continue;
            AnswerPart(speaker, from, i);
            from = close;
            i = close - 1;
        }

        AnswerPart(speaker, from, end);
    }

    // "(Laughs.)", "[Pause]": a bracket of up to three capitalised words standing as a sentence of its own, after the
    // end of one; the offset past its closing bracket, or -1.
    private int StageDirectionEnd(int open, int from, int end)
    {
        var before = _text.AsSpan(from, open - from).TrimEnd();
        if (before.Length > 0 && before[^1] is not ('.' or '!' or '?'))
            return -1;
        var close = _text.IndexOf(_text[open] == '(' ? ')' : ']', open + 1, Math.Min(end, open + 30) - open - 1);
        if (close < 0 || open + 1 >= close || !char.IsUpper(_text[open + 1]))
            return -1;
        var inside = _text.AsSpan(open + 1, close - open - 1);
        return inside.Count(' ') < 3 && !inside.ContainsAnyInRange('0', '9') ? close + 1 : -1;
    }

    private void AnswerPart(CastMember speaker, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(_text[from]))
            from++;
        while (to > from && char.IsWhiteSpace(_text[to - 1]))
            to--;
        if (to - from > 1)
            Emit(speaker, QuoteKind.Direct, from, to, from, to);
    }
}
