using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Interview transcripts: "Q:" paragraphs are the interviewer's, "A:" paragraphs the words of the person the
/// introduction presents, a direct quote without quote marks. A transcript labelled by speaker ("PRESENTER:",
/// "STUBB:", "MS QUILL:", "ABT:") gives each labelled paragraph to the person its label names.
/// </summary>
internal sealed partial class ArticleReading
{
    // The labels ("Q", "A", "STUBB", "MS QUILL") of a transcript's paragraphs; empty in other articles.
    private readonly Dictionary<int, string> _transcriptLabels = [];

    // Who speaks each labelled paragraph that is someone's words; a question or a label naming no one is left out.
    private readonly Dictionary<int, CastMember> _labelSpeakers = [];

    // "Q: How many troops?" / "A: A range, not a number.": only an article that asks and answers at least twice is a
    // transcript, and only after a question: a lone "A:" elsewhere is a list item or a grade. Its questions start
    // after a short introduction that says someone was interviewed ("He spoke to us in London."); a "Q&A: what happens
    // next" box late in a report is the writer explaining, and its answers are the writer's. A transcript labelled by
    // speaker needs two labels, each opening two paragraphs or more: a factbox's "FRANCE:" sections open one each.
    private void FindTranscript()
    {
        var asked = 0;
        var answered = 0;
        var firstQuestion = -1;
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstLabelled = -1;
        for (var k = 1; k < _paragraphStarts.Count; k++)
        {
            if ((TranscriptLabel(k) ?? SpeakerHeading(k)) is not { } label)
                continue;
            var key = HeadingOutsideBrackets(label);
            if (key is "Q" or "A")
            {
                if (key == "Q")
                    asked++;
                else if (asked > 0)
                    answered++;
                else
                    continue;
                if (firstQuestion < 0)
                    firstQuestion = k;
            }
            else
            {
                uses[key] = uses.GetValueOrDefault(key) + 1;
                if (firstLabelled < 0)
                    firstLabelled = k;
            }

            _transcriptLabels[k] = label;
        }

        var questionsAndAnswers = asked >= 2 && answered >= 2 && firstQuestion <= 5 && IntroducesInterview(_paragraphStarts[firstQuestion]);
        var bySpeaker = uses.Count(u => u.Value >= 2) >= 2 && firstLabelled <= 8;
        if (!questionsAndAnswers && !bySpeaker)
            _transcriptLabels.Clear();
        else if (!bySpeaker)
            RemoveLabels(label => HeadingOutsideBrackets(label) is not ("Q" or "A"));
        // "Q (Harbour Review): ..." between speakers' turns stays: a question that ends the turn before it.
        else if (!questionsAndAnswers)
            RemoveLabels(label => label is "Q" or "A");
        // "REPORTER: "Does that include air power?"": a label before quote marks is read with its quote, as a speaker
        // and a colon.
        foreach (var (paragraph, label) in _transcriptLabels.ToList())
        {
            if (OpensWithQuoteMark(paragraph, label))
                _transcriptLabels.Remove(paragraph);
        }
    }

    private void RemoveLabels(Func<string, bool> which)
    {
        foreach (var (paragraph, label) in _transcriptLabels.ToList())
        {
            if (which(label))
                _transcriptLabels.Remove(paragraph);
        }
    }

    private bool IntroducesInterview(int end)
    {
        var intro = _text.AsSpan(0, end);
        foreach (var words in InterviewWords)
        {
            if (intro.Contains(words, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    private static readonly string[] InterviewWords =
        ["interview", "spoke to", "spoke with", "talked to", "talked with", "Q&A with", "in conversation with", "questions and answers", "transcript"];

    // The label a paragraph opens with: "Q" or "A" and a colon, or up to three words in capitals and a colon ("STUBB:",
    // "MS QUILL:", "MR. BRENN:"); null when it opens otherwise.
    private string? TranscriptLabel(int paragraph)
    {
        var start = _paragraphStarts[paragraph];
        var i = start;
        var words = 1;
        while (i < _text.Length && i - start <= 24 && (char.IsUpper(_text[i]) || (i > start && _text[i] is '.' or '\'' or '’' or '-' or ' ')))
        {
            if (_text[i] == ' ')
                words++;
            i++;
        }

        if (i == start || i + 1 >= _text.Length || _text[i] != ':' || _text[i + 1] != ' ' || words > 3 || _text[i - 1] == ' ')
            return null;
        var label = _text[start..i];
        return label.Length == 1 && label is not ("Q" or "A") ? null : label;
    }

    // "Lieutenant General Tomas Brenn retired in 2023 ... He spoke to us in London.": the first person the introduction
    // (before the first question) has as a subject answers; without one, no answer is anyone's. A speaker's label names
    // a person of the cast by surname ("STUBB"), by initials ("ABT" for Anders Brøgger Thorsen) or by the role the
    // introduction gave ("PRESENTER"); a reporter is an unnamed one; an outlet's initials ("KR:") ask, and name no one.
    private void FindTranscriptSpeakers()
    {
        if (_transcriptLabels.Count == 0)
            return;
        CastMember? interviewee = null;
        if (_transcriptLabels.ContainsValue("A"))
        {
            var firstQuestion = _transcriptLabels.First(l => l.Value is "Q" or "A").Key;
            interviewee = _cast.FirstSubject(_paragraphStarts.Count > 1 ? _paragraphStarts[1] : 0, _paragraphStarts[firstQuestion]);
        }

        var named = new Dictionary<string, CastMember?>(StringComparer.Ordinal);
        var last = _transcriptLabels.Keys.Max();
        CastMember? answering = null;
        for (var paragraph = _transcriptLabels.Keys.Min(); paragraph <= last; paragraph++)
        {
            // An answer may run over several paragraphs: one without a label before the next label goes on with it,
            // unless it is the writer's prose again (a quote mark or a report of speech in it) or no sentence at all: a
            // record's time ("2.11 pm"), its note that members rose ("Several hon. Members rose—") or a cut ("[…]").
            if (!_transcriptLabels.TryGetValue(paragraph, out var label))
            {
                if (answering is not null && !ReadsAsProse(paragraph) && EndsAsSentence(paragraph))
                    _labelSpeakers[paragraph] = answering;
                else
                    answering = null;
                continue;
            }

            answering = null;
            if (HeadingOutsideBrackets(label) == "Q")
                continue;
            if (!named.TryGetValue(label, out var speaker))
                named[label] = speaker = label == "A" ? interviewee : LabelledSpeaker(label, _paragraphStarts[paragraph]);
            if (speaker is not null)
                _labelSpeakers[paragraph] = answering = speaker;
        }
    }

    private bool OpensWithQuoteMark(int paragraph, string label)
    {
        var after = _paragraphStarts[paragraph] + label.Length + 2;
        return after < _text.Length && _text[after] is '"' or '“' or '«' or '„' or '‘';
    }

    private bool ReadsAsProse(int paragraph)
    {
        var end = ParagraphEnd(paragraph);
        var text = _text.AsSpan(_paragraphStarts[paragraph], end - _paragraphStarts[paragraph]);
        if (text.IndexOfAny(QuoteOpeners) >= 0)
            return true;
        foreach (var word in ProseReports)
        {
            if (text.Contains(word, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private bool EndsAsSentence(int paragraph)
    {
        var text = _text.AsSpan(_paragraphStarts[paragraph], ParagraphEnd(paragraph) - _paragraphStarts[paragraph]).TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '?' or '!' or ')' or '"' or '”' or '’' or '»' && !text.EndsWith("[…]") && !text.EndsWith("[...]");
    }

    private static readonly string[] ProseReports = [" said ", " said,", " says ", " asked ", " told ", " added ", " replied "];

    private CastMember? LabelledSpeaker(string label, int at)
    {
        if (IsMixedCase(label))
            return HeadingSpeaker(label, at);
        var words = label.Split(' ').Where(w => !NameLexicon.Honorifics.Contains(w)).ToList();
        if (words.Count == 0)
            return null;
        var surname = Tokenizer.Fold(words[^1]);
        CastMember? byInitials = null;
        foreach (var member in _cast.Members)
        {
            if (member.Kind != SpeakerKind.Person)
                continue;
            if (member.Surname == surname)
                return member;
            if (words.Count == 1 && words[0].Length is >= 2 and <= 4 && Initials(member.Name) == words[0])
                byInitials ??= member;
        }

        if (byInitials is not null)
            return byInitials;
        if (words.Count == 1 && NameLexicon.RoleWords.Contains(words[0].ToLowerInvariant())
            && _cast.Describe("the " + words[0].ToLowerInvariant(), at, 0) is { Kind: SpeakerKind.Person } described)
            return described;
        // "REPORTER:" with no reporter named: one of them.
        return TranscriptRole(label) is { } role ? _cast.Unnamed(role, at) : null;
    }

    // "ABT" for Anders Brøgger Thorsen: the capitalised words' first letters.
    private static string Initials(string name) =>
        ArticleCast.Initials(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToArray());

    // The label that opens a transcript paragraph names no one: its sentence is read from the words after it.
    private void DropTranscriptLabel(List<Piece> p)
    {
        if (p.Count < 3 || !_transcriptLabels.TryGetValue(ParagraphOf(p[0].Start), out var label) || p[0].Start != _paragraphStarts[ParagraphOf(p[0].Start)])
            return;
        var colonAt = p[0].Start + label.Length;
        var colon = 0;
        while (colon < p.Count && p[colon].Start < colonAt)
            colon++;
        if (colon < p.Count - 1 && p[colon].Kind == PieceKind.Colon)
            p.RemoveRange(0, colon + 1);
    }

    private bool IsAnswer(int paragraph) => _labelSpeakers.ContainsKey(paragraph);

    // "A: Well, he would say that. (Laughs.) Look, every army prepares.": the answer is the interviewee's words, in
    // parts cut at the stage directions the transcript adds. Words quoted inside it are part of the answer, and no cue
    // inside it reports anyone: "everything the Kremlin says" is the interviewee speaking.
    private void Answer(int paragraph)
    {
        var speaker = _labelSpeakers[paragraph];
        var start = _paragraphStarts[paragraph] + (_transcriptLabels.TryGetValue(paragraph, out var label) ? label.Length + 2 : 0);
        var end = ParagraphEnd(paragraph);
        for (var q = 0; q < _spans.Count; q++)
        {
            if (_spans[q].Start >= start && _spans[q].Start < end)
                _quoteSpeaker[q] = speaker;
        }

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
