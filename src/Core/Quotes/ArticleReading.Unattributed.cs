namespace NewsBot.Core.Quotes;

/// <summary>Quotes whose sentence has no cue: the paragraph's speaker, the quote they continue, or the last speaker.</summary>
internal sealed partial class ArticleReading
{
    private void Unattributed(int paragraph, List<(int At, CastMember Member, bool EndsWithColon)> cues)
    {
        var paragraphStart = _paragraphStarts[paragraph];
        for (var q = 0; q < _spans.Count; q++)
        {
            var span = _spans[q];
            if (_quoteSpeaker[q] is not null || ParagraphOf(span.Start) != paragraph)
                continue;
            // A short span no one is said to utter is a scare quote or a title, not a quote.
            if (span.Words(_text) < 4 || IsTitle(q))
                continue;
            var member = Nearest(cues, span.Start);
            if (member is null && span.IsContinuation && q > 0)
                member = _quoteSpeaker[q - 1];
            if (member is null && _lastSpeaker is not null && _text.AsSpan(paragraphStart, span.OpenMark - paragraphStart).Trim().Length == 0
                && ParagraphOf(_lastSpeakerAt) >= paragraph - 1)
                member = _lastSpeaker;
            if (member is not null)
                EmitQuote(q, member, QuoteKind.Direct, 0, 0);
        }
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
