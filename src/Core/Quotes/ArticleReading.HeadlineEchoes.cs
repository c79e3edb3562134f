namespace NewsBot.Core.Quotes;

internal sealed partial class ArticleReading
{
    // "'We pack the bags and wait': army wife on Ukraine mission", "Healey: UK troops in Ukraine 'for years, not months'
    // if deal agreed": a headline quotes words its story goes on to quote with their speaker, and gives that speaker,
    // if at all, by a description the reader matches only after reading on. A headline quote no cue of the headline
    // attributed is the speaker's of the first body quote that holds its words; a headline naming an institution as the
    // subject of the quote ("as Kremlin rejects 'foreign intervention'") keeps it, though the story quotes its spokesman.
    private void HeadlineEchoes(List<Piece> headline)
    {
        for (var i = 0; i < headline.Count; i++)
        {
            if (headline[i].Kind != PieceKind.Quote)
                continue;
            var q = headline[i].QuoteIndex;
            // A quote in title case ("Graham Slams Trump's 'Incredibly Hateful Rhetoric'") is in a headline that reports
            // as a whole (PolNeAR annotates it so): it is left to the headline's own cues.
            if (_quoteSpeaker[q] is not null || ParagraphOf(_spans[q].Start) != 0 || _spans[q].Words(_text) < 2 || IsScare(headline, i)
                || ModifiesNextWord(headline, i) || IsTitleCase(_spans[q].Start, _spans[q].End) || EchoSpeaker(q) is not { } speaker)
                continue;
            var member = HeadlineInstitution(headline, i) ?? speaker;
            // Words of the headline before the quote, or after it up to its colon ("'...' if peace deal agreed"), make
            // it part of a clause.
            var colon = headline.FindIndex(i + 1, x => x.Kind == PieceKind.Colon);
            var kind = AnyWord(headline, 0, i) || AnyWord(headline, i + 1, colon < 0 ? headline.Count : colon) ? QuoteKind.Partial : QuoteKind.Direct;
            EmitQuote(q, member, kind, _spans[q].Start, _spans[q].End);
        }
    }

    // "Kremlin rejects coalition 'monitoring' plan": a quote before the noun it qualifies names a thing, not words said.
    private static bool ModifiesNextWord(List<Piece> p, int i) =>
        i + 1 < p.Count && p[i + 1].IsWord && char.IsLower(p[i + 1].Text[0]) && !NameLexicon.Boundaries.Contains(p[i + 1].Text)
        && !NameLexicon.Determiners.Contains(p[i + 1].Text) && !Subordinators.Contains(p[i + 1].Text);

    // The speaker of the first attributed quote after the headline whose words hold the headline quote's words; else
    // of the first reported clause that does ("'three times' the troops, think-tank warns" over "would need roughly
    // three times as many troops ..., according to a report by the Marlowe Institute").
    private CastMember? EchoSpeaker(int q)
    {
        var words = Folded(_spans[q].Start, _spans[q].End);
        for (var k = q + 1; k < _spans.Count; k++)
        {
            if (_quoteSpeaker[k] is { } speaker && Folded(_spans[k].Start, _spans[k].End).Contains(words, StringComparison.Ordinal))
                return speaker;
        }

        var body = _paragraphStarts.Count > 1 ? _paragraphStarts[1] : _text.Length;
        for (var f = 0; f < _found.Count; f++)
        {
            var quote = _found[f].Quote;
            if (quote.Kind == QuoteKind.Indirect && quote.Start >= body && Folded(quote.Start, quote.End).Contains(words, StringComparison.Ordinal))
                return _foundSpeakers[f];
        }

        return null;
    }

    // Letters and digits in lower case, one space between words: headline and body quote the same words with
    // different capitals and punctuation ("'For years, not months'" and "for years, not months.").
    private string Folded(int start, int end)
    {
        var folded = new System.Text.StringBuilder(end - start);
        var gap = false;
        for (var c = start; c < end; c++)
        {
            var ch = _text[c];
            if (char.IsLetterOrDigit(ch))
            {
                if (gap && folded.Length > 0)
                    folded.Append(' ');
                folded.Append(char.ToLowerInvariant(ch));
                gap = false;
            }
            else if (ch is ' ' or '-' or '\n')
                gap = true;
        }

        return folded.ToString();
    }

    // The institution a headline makes the subject of its quote: "Kremlin rejects 'foreign intervention'" (a name
    // and a present-tense verb before the quote) or "'Under any pretext': Moscow digs in" (after the quote's colon).
    private CastMember? HeadlineInstitution(List<Piece> p, int i)
    {
        var name = i >= 2 && IsHeadlineVerb(p[i - 1]) && p[i - 2].IsCapitalised ? i - 2
            : i + 3 < p.Count && p[i + 1].Kind == PieceKind.Colon && p[i + 2].IsCapitalised && IsHeadlineVerb(p[i + 3]) ? i + 2
            : -1;
        return name >= 0 && Resolve(new SpeakerPhrase(p[name].Start, p[name].End, p[name].Text, null), p[name].Start) is { Kind: SpeakerKind.Institution } institution
            ? institution
            : null;
    }

    private static bool IsHeadlineVerb(Piece piece) =>
        piece.IsWord && piece.Text.Length > 3 && char.IsLower(piece.Text[0]) && piece.Text.EndsWith('s');
}
