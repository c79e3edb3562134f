namespace NewsBot.Core.Quotes;

/// <summary>Quotes whose sentence has no cue: the paragraph's speaker, the quote they continue, or the last speaker.</summary>
internal sealed partial class ArticleReading
{
    // Quotes left open at their paragraph's end whose speaker was only the last one, waiting for the paragraph they
    // run on into, with that fallback.
    private readonly List<(int Quote, CastMember? Fallback)> _runningOn = [];

    private void Unattributed(int paragraph, List<(int At, CastMember Member, bool EndsWithColon)> cues)
    {
        var paragraphStart = WordsStart(paragraph);
        for (var q = 0; q < _spans.Count; q++)
        {
            var span = _spans[q];
            if (_quoteSpeaker[q] is not null || ParagraphOf(span.Start) != paragraph)
                continue;
            // "— How many?": a turn of an exchange is its speaker's however short; a dash turn of an exchange whose two
            // people were not both named is left unread rather than given to the wrong one.
            if (IsDashTurn(span))
            {
                if (TurnOfExchange(q) is { } turn)
                    EmitQuote(q, turn, QuoteKind.Direct, 0, 0);
                continue;
            }

            // A short span no one is said to utter is a scare quote or a title, not a quote.
            if ((span.Words(_text) < 4 && !ShortSentenceAfterAttribution(q)) || IsTitle(q) || IsLabel(q))
                continue;
            var member = Nearest(cues, span.Start) ?? BeatBefore(span);
            if (member is null && _text.AsSpan(paragraphStart, span.OpenMark - paragraphStart).Trim().Length == 0)
                member = SignedAfter(span, paragraph) ?? SignedBelow(paragraph);
            // The next part of a quote still waiting waits with it, for the same fallback.
            if (member is null && span.IsContinuation && q > 0 && _runningOn.FindIndex(r => r.Quote == q - 1 && r.Fallback is not null) is var waiting and >= 0)
            {
                _runningOn.Add((q, _runningOn[waiting].Fallback));
                _lastSpeakerAt = span.Start;
                continue;
            }

            if (member is null && span.IsContinuation && q > 0)
                member = _quoteSpeaker[q - 1];
            if (member is null && _lastSpeaker is not null && _text.AsSpan(paragraphStart, span.OpenMark - paragraphStart).Trim().Length == 0
                && ParagraphOf(_lastSpeakerAt) >= paragraph - 1)
            {
                // The quote still holds the floor for a pronoun in the next paragraph, as if it were that speaker's.
                if (span.ContinuesNext)
                {
                    _runningOn.Add((q, _lastSpeaker));
                    _lastSpeakerAt = span.Start;
                    continue;
                }

                member = _lastSpeaker;
            }

            if (member is null && span.ContinuesNext)
            {
                _runningOn.Add((q, null));
                continue;
            }

            if (member is not null)
                EmitQuote(q, StartExchange(q, member), QuoteKind.Direct, 0, 0);
        }
    }

    // ""I know everybody wants a document. / "The paperwork will follow," she said.": a quote paragraph left open runs
    // on into the next, whose attribution names who speaks in both; the last speaker before it is only a fallback
    // ("... Poland's role as "the back office". / "People roll their eyes at us. / "That's arithmetic," she says." is
    // hers, not the minister's). The last part first, so a quote over three paragraphs takes its speaker back to the
    // first.
    private void RunOnQuotes()
    {
        for (var k = _runningOn.Count - 1; k >= 0; k--)
        {
            var (q, fallback) = _runningOn[k];
            var member = q + 1 < _spans.Count && _spans[q + 1].IsContinuation ? _quoteSpeaker[q + 1] ?? fallback : fallback;
            if (member is not null)
                EmitQuote(q, member, QuoteKind.Direct, 0, 0);
        }
    }

    // ""Russia does not choose," she said. "Ukraine does."": a short sentence of its own right after a quote and its
    // attribution goes on with that quote, however few its words.
    private bool ShortSentenceAfterAttribution(int q)
    {
        var span = _spans[q];
        if (q == 0 || _quoteSpeaker[q - 1] is null || _spans[q - 1].CloseMark < 0 || !char.IsUpper(_text[span.Start])
            || _text[span.End - 1] is not ('.' or '!' or '?'))
            return false;
        var between = _text.AsSpan(_spans[q - 1].CloseMark + 1, span.OpenMark - _spans[q - 1].CloseMark - 1).Trim();
        return between.Length is > 0 and < 60 && between[^1] == '.' && !between.Contains('\n');
    }

    // "- Bernie Sanders." or "—Mara Quill, tweeting after the speech." alone under a quote paragraph signs it.
    private CastMember? SignedBelow(int paragraph)
    {
        if (paragraph + 1 >= _paragraphStarts.Count)
            return null;
        var start = _paragraphStarts[paragraph + 1];
        var end = paragraph + 2 < _paragraphStarts.Count ? _paragraphStarts[paragraph + 2] : _text.Length;
        return Signature(start, end);
    }

    // ""We need a date." — Foreign Minister Mara Quill, speaking to reporters.": a dash after the quote, in its own
    // paragraph, opens the signature of a quote that stands alone (a "quote of the day").
    private CastMember? SignedAfter(QuotedSpan span, int paragraph)
    {
        if (span.CloseMark < 0)
            return null;
        var end = ParagraphEnd(paragraph);
        return span.CloseMark + 1 < end ? Signature(span.CloseMark + 1, end) : null;
    }

    // The person a signature names: a dash, then a name (its title before it) up to a comma or a closing full stop.
    private CastMember? Signature(int start, int end)
    {
        var line = _text.AsSpan(start, end - start).Trim();
        if (line.Length < 3 || line[0] is not ('-' or '—' or '–'))
            return null;
        var name = line[1..].TrimStart();
        var stop = name.IndexOfAny(',', '.');
        if (stop < 0 || (name[stop] == '.' && stop != name.Length - 1))
            return null;
        name = name[..stop];
        var words = name.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || words.Any(w => !char.IsUpper(w[0])))
            return null;
        var at = _text.IndexOf(words[0], start, StringComparison.Ordinal);
        return Resolve(new SpeakerPhrase(at, at + name.Length, string.Join(' ', words), null), at);
    }

    private static CastMember? Nearest(List<(int At, CastMember Member, bool EndsWithColon)> cues, int at)
    {
        CastMember? best = null;
        var distance = int.MaxValue;
        foreach (var (cueAt, member, _) in cues)
        {
            // A cue before the quote is preferred: "He said. "...""; one after it only when nothing precedes.
            var d = cueAt <= at ? at - cueAt : (cueAt - at) * 4;
            if (d < distance)
                (best, distance) = (member, d);
        }

        return best;
    }
}
