namespace NewsBot.Core.Quotes;

/// <summary>Quotes in sentences with no speech verb: their subject speaks when the layout says so.</summary>
internal sealed partial class ArticleReading
{
    // "The email goes on to say:", "Stated Stone:", "he returned to his familiar lines: "..."": with no speech verb, a
    // sentence that ends in a colon (or in a colon and a quote) hands the floor to its subject.
    private bool SubjectBeforeColon(List<Piece> p, List<(int At, CastMember Member, bool EndsWithColon)> paragraphCues)
    {
        // Only quotes and a full stop may follow the colon: read back over them from the end.
        var colon = p.Count - 1;
        while (colon >= 0 && p[colon].Kind is PieceKind.Quote or PieceKind.End)
            colon--;
        if (colon <= 0 || p[colon].Kind != PieceKind.Colon)
            return false;
        var quotes = colon + 1 < p.Count;

        var first = p.FindIndex(x => x.IsWord && !NameLexicon.Openers.Contains(x.Text));
        if (first < 0 || first >= colon)
            return false;
        SpeakerPhrase? subject;
        if (p[first].Text is "He" or "She" or "he" or "she")
            subject = new SpeakerPhrase(p[first].Start, p[first].End, p[first].Text, null);
        else if (SpeechVerbs.IsSpeech(p[first].Text) && first + 1 < colon && AllNames(p, first + 1, colon))
            subject = new SpeakerPhrase(p[first + 1].Start, p[colon - 1].End, CueFinder.Join(p, first + 1, colon - 1), null); // "Stated Stone:"
        else
            subject = CueFinder.Subject(p);
        // Only a named person or institution: "The email goes on to say:" names no one the reader could quote.
        if (subject is null || subject.Start >= p[colon].Start || Resolve(subject, subject.Start) is not { Kind: not SpeakerKind.Unnamed } member)
            return false;
        if (quotes)
        {
            for (var k = colon + 1; k < p.Count; k++)
            {
                if (p[k].Kind == PieceKind.Quote)
                    EmitQuote(p[k].QuoteIndex, member, QuoteKind.Direct, 0, 0);
            }
        }
        else
        {
            paragraphCues.Add((p[colon].Start, member, true));
        }

        return true;
    }

    private static bool AllNames(List<Piece> p, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!p[k].IsCapitalised)
                return false;
        }

        return true;
    }

    // "Cruz has promised to "carpet bomb them into oblivion"": with no speech verb, a quoted fragment inside a
    // sentence whose subject is a named person is that person's words. Scare-marked terms and unnamed subjects are not.
    private void SubjectQuotes(List<Piece> p)
    {
        List<int>? quotes = null;
        for (var i = 2; i < p.Count; i++)
        {
            if (p[i].Kind == PieceKind.Quote && _quoteSpeaker[p[i].QuoteIndex] is null && !IsScare(p, i) && !IsTitle(p[i].QuoteIndex))
                (quotes ??= []).Add(p[i].QuoteIndex);
        }

        // "Clinton Calls ISIS Violence Against Yazidis 'Genocide'": in a line in title case every word looks like a name,
        // so no subject can be read from capitals.
        if (quotes is null || IsTitleCaseLine(p))
            return;
        SpeakerPhrase? subject;
        // "And he vowed to ...": a pronoun after openers only is the subject too.
        if (CueFinder.PronounSubject(p) is { } pronoun)
            subject = pronoun;
        else if (CueFinder.Subject(p) is not { } named || NameParts.Parse(named.Text) is not { Kind: SpeakerKind.Person } name
            || (_cast.KnownSurname(name) is null && (name.Tokens.Length < 2 || name.Tokens.Any(t => NameLexicon.NotNames.Contains(t) || NameLexicon.Places.Contains(t))))
            || named.Text.All(c => !char.IsLower(c)))
            return;
        else
            subject = named;
        var member = Resolve(subject, subject.Start);
        if (member is null || member.Kind != SpeakerKind.Person)
            return;
        // Each quoted fragment is reported by its own clause, as after a speech verb.
        var from = Index(p, subject.End);
        var last = p.Count - 1;
        while (last > from && p[last].Kind is PieceKind.Comma or PieceKind.Colon or PieceKind.Dash or PieceKind.End or PieceKind.Other)
            last--;
        var partials = new List<int>();
        for (var i = from; i <= last; i++)
        {
            if (p[i].Kind == PieceKind.Quote && quotes.Contains(p[i].QuoteIndex))
                partials.Add(i);
        }

        if (partials.Count > 0)
            EmitPartials(p, AfterSpeechVerb(p, AfterApposition(p, from, partials[0]), partials[0]), last, partials, member);
        foreach (var q in quotes)
            EmitQuote(q, member, QuoteKind.Partial, subject.End, TrimEnd(subject.End, p[^1].End));
    }

    // "Tomas Brenn, the harbour master who ran the port for a decade, called it "a disgrace"": what the subject said
    // starts at its verb, after the apposition or relative clause set off by commas before the first quoted words.
    private static int AfterApposition(List<Piece> p, int from, int firstQuote)
    {
        if (from >= p.Count || p[from].Kind != PieceKind.Comma)
            return from;
        for (var k = firstQuote - 1; k > from; k--)
        {
            // "..., said he would deport refugees, who he says are "mostly men"": a relative clause is no verb of the subject.
            if (p[k].Kind == PieceKind.Comma && !(p[k + 1].IsWord && p[k + 1].Text is "who" or "whom" or "whose" or "which" or "where" or "when" or "while"))
                return k + 1;
        }

        return from;
    }

    // "Tomas Brenn has voiced doubts, recently telling friends that he is "not sure"": a speech verb no cue was read for
    // still reports the quoted words after it; their clause starts at its content.
    private int AfterSpeechVerb(List<Piece> p, int from, int firstQuote)
    {
        for (var k = firstQuote - 1; k >= from; k--)
        {
            if (!p[k].IsWord || !char.IsLower(p[k].Text[0]) || !SpeechVerbs.IsSpeech(p[k].Text) || (k > 0 && NameLexicon.Determiners.Contains(p[k - 1].Text)))
                continue;
            // "what we call "infrastructure"", "Obama, who called him "unfit"": a verb with a subject of its own is not the subject's.
            if (k > 0 && (NameLexicon.Pronouns.Contains(p[k - 1].Text) || p[k - 1].Text is "you" or "who" or "which" or "that"))
                return from;
            var start = SkipToContent(p, SpeechVerbs.HasListener(p[k].Text) ? SkipListener(p, k + 1, p[k].Text) : k + 1);
            return start <= firstQuote ? start : from;
        }

        return from;
    }

    // Four or more words outside quotes, all capitalised but the small ones a title leaves in lower case.
    private static bool IsTitleCaseLine(List<Piece> p)
    {
        var words = 0;
        foreach (var piece in p)
        {
            if (!piece.IsWord)
                continue;
            if (!piece.IsCapitalised && !char.IsDigit(piece.Text[0]) && !TitleMinorWords.Contains(piece.Text))
                return false;
            words++;
        }

        return words >= 4;
    }
}
