namespace NewsBot.Core.Quotes;

/// <summary>The subject of a sentence, for cues that borrow it.</summary>
internal static partial class CueFinder
{
    /// <summary>The subject at the start of the sentence, for participles: "Ukraine's defence ministry ..., saying".</summary>
    public static SpeakerPhrase? Subject(List<Piece> p)
    {
        var i = AfterIntroduction(p, SentencePieces.DatelineEnd(p));
        int start;
        while (true)
        {
            while (i < p.Count && (!p[i].IsWord || NameLexicon.Openers.Contains(p[i].Text)))
                i++;
            start = i;
            while (i < p.Count && p[i].IsWord && (p[i].IsCapitalised || NameLexicon.Determiners.Contains(p[i].Text)
                || NameLexicon.RoleWords.Contains(p[i].Text) || NameLexicon.InstitutionWords.Contains(p[i].Text)))
                i++;
            var skip = IntroductionEnd(p, start, i);
            if (skip < 0)
                break;
            i = skip;
        }

        // "Francis ... South Carolina Saturday": a date after the subject is not part of it.
        while (i - 1 > start && NameLexicon.Dates.Contains(p[i - 1].Text))
            i--;
        // "Hillary Clinton's right-hand woman rallied ...": the subject is whom the possessive names.
        if (i > start && IsPossessive(p[i - 1].Text))
        {
            var k = i;
            while (k < p.Count && k - i < 3 && p[k].IsWord && char.IsLower(p[k].Text[0]) && !NameLexicon.Boundaries.Contains(p[k].Text)
                && !NameLexicon.UnnamedHeads.Contains(p[k].Text) && !NameLexicon.RoleWords.Contains(p[k].Text))
                k++;
            if (k < p.Count && p[k].IsWord && NameLexicon.UnnamedHeads.Contains(p[k].Text))
                i = k + 1;
            // "President Ivo Marek's special envoy Tomas Brenn has sounded ..., calling": the one the role after the
            // possessive names is the subject, not the possessor.
            else if (k + 1 < p.Count && p[k].IsWord && NameLexicon.RoleWords.Contains(p[k].Text) && char.IsLower(p[k].Text[0]) && p[k + 1].IsCapitalised
                && !NameLexicon.Boundaries.Contains(p[k + 1].Text))
            {
                i = k + 1;
                while (i < p.Count && p[i].IsWord && p[i].IsCapitalised && !NameLexicon.Boundaries.Contains(p[i].Text))
                    i++;
            }
        }
        // "The billionaire businessman began ..., saying": a lone determiner is only the start of a description.
        if (i == start + 1 && p[start].Text is "The" or "the")
        {
            var k = i;
            while (k < p.Count && k - i < 3 && p[k].IsWord && char.IsLower(p[k].Text[0]) && !NameLexicon.Boundaries.Contains(p[k].Text)
                && !SpeechVerbs.IsSpeech(p[k].Text) && (k == i || !LooksLikeVerb(p[k].Text)) && !CommonVerbs.Contains(p[k].Text))
                k++;
            // "The committee's chair, Tan Dhesi, opened the session by saying": the name after the description is the subject.
            if (k > i && NamedAfterRole(p, start, k) is { } chair)
                return chair;
            return k > i && k < p.Count && p[k].IsWord ? Phrase(p, start, k - 1, null) : null;
        }

        if (i > start && NamedAfterRole(p, start, i) is { } named)
            return named;
        return i > start && AnyCapitalised(p, start, i - 1) ? Phrase(p, start, i - 1, null) : null;
    }

    // "Keston's foreign minister, Anna Quill, seized on the leak, saying": the name between commas after a role is the
    // subject; the role [start, comma) is theirs.
    private static SpeakerPhrase? NamedAfterRole(List<Piece> p, int start, int comma)
    {
        if (comma + 2 >= p.Count || p[comma].Kind != PieceKind.Comma || !char.IsLower(p[comma - 1].Text[0]) || !NameLexicon.RoleWords.Contains(p[comma - 1].Text)
            || FullNameAfter(p, comma) is not (var last and >= 0))
            return null;
        var role = NameLexicon.Determiners.Contains(p[start].Text) ? start + 1 : start;
        return last + 1 < p.Count && p[last + 1].Kind == PieceKind.Comma && role < comma ? Phrase(p, comma + 1, last, Join(p, role, comma - 1)) : null;
    }

    /// <summary>
    /// "Leaders applauded when Zelensky presented the plan and said ...": the second verb phrase after "and" or "but"
    /// shares the subject of the clause it ends, which a subordinating word ("when", "after", "as") opened with a
    /// name; null when no such clause stands between the sentence's start and the verb.
    /// </summary>
    public static SpeakerPhrase? ClauseSubject(List<Piece> p, int v)
    {
        if (!AfterConjunction(p, v))
            return null;
        for (var k = v - 2; k >= 1; k--)
        {
            if (!p[k].IsWord)
                return null;
            if (!Subordinators.Contains(p[k].Text))
                continue;
            var i = k + 1;
            while (i < v && p[i].IsWord && (p[i].IsCapitalised || (i > k + 1 && NameLexicon.RoleWords.Contains(p[i].Text) && char.IsLower(p[i].Text[0]))))
                i++;
            return i > k + 1 && i < v && p[k + 1].IsCapitalised && p[i].IsWord && char.IsLower(p[i].Text[0]) && !NameLexicon.Boundaries.Contains(p[i].Text)
                ? Phrase(p, k + 1, i - 1, null)
                : null;
        }

        return null;
    }

    /// <summary>
    /// "Jindal said ..., while Mike Huckabee, the former governor, proposed ... and said ...": the subject of the clause
    /// "while" or "whereas" opens after <paramref name="from"/> (the cue before) and before the cue at
    /// <paramref name="verb"/>, a name right after it; null when none.
    /// </summary>
    public static SpeakerPhrase? WhileClauseSubject(List<Piece> p, int from, int verb)
    {
        for (var k = verb - 1; k > from; k--)
        {
            if (p[k].Kind == PieceKind.End)
                return null;
            if (!p[k].IsWord || p[k].Text is not ("while" or "whereas"))
                continue;
            var end = k + 1;
            while (end < verb && p[end].IsCapitalised && !NameLexicon.Boundaries.Contains(p[end].Text))
                end++;
            // Only a name of two words or more, ended by a comma or a verb: "while Ohio voters ..." is no one's clause.
            return end - k - 1 >= 2 && end < verb && (p[end].Kind == PieceKind.Comma || (p[end].IsWord && char.IsLower(p[end].Text[0])))
                ? Phrase(p, k + 1, end - 1, null)
                : null;
        }

        return null;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "when", "after", "before", "as", "while", "because", "since", "until", "once", "although", "though", "whereas",
    };

    /// <summary>"And he vowed to ...", "Then she cut into Bush, calling ...": "he" or "she" after openers only, before a lower-case word.</summary>
    public static SpeakerPhrase? PronounSubject(List<Piece> p)
    {
        // "On Wednesday, he ...": a date opening the sentence is passed over like an opener, and so is an opening
        // phrase ("Minutes later, she sent ...", "Walking to the next door, she said ...").
        var first = p.FindIndex(AfterIntroduction(p, SentencePieces.DatelineEnd(p)), x => x.IsWord && !NameLexicon.Openers.Contains(x.Text) && !NameLexicon.Dates.Contains(x.Text));
        return first >= 0 && p[first].Text is "He" or "She" or "he" or "she" && first + 1 < p.Count && p[first + 1].IsWord && char.IsLower(p[first + 1].Text[0])
            ? Phrase(p, first, first, null)
            : null;
    }

    // Verbs that end a description without looking like one ("The retired neurosurgeon began ...").
    private static readonly HashSet<string> CommonVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "began", "begins", "took", "takes", "made", "makes", "went", "goes", "came",
        "comes", "gave", "gives", "sent", "put", "set", "held", "holds", "led", "leads", "won", "lost", "will", "would", "can", "could",
        "may", "might", "should", "must", "did", "does", "also", "then", "now", "later", "still", "again", "ran", "runs", "kept", "keeps",
    };

    // "In an incendiary press conference, Trump launched ...", "Speaking in Salem, New Hampshire, Trump went after
    // Bush, calling ...": a sentence opening with a preposition or participle puts its subject after the comma that
    // ends the opening phrase: the first comma followed by capitalised words and then a lower-case word. Otherwise
    // `from`, where the sentence starts after any dateline.
    private static int AfterIntroduction(List<Piece> p, int from)
    {
        if (p.Count < from + 4 || !p[from].IsWord || !(IntroductionOpeners.Contains(p[from].Text) || OpensWithParticiple(p, from) || OpensWithTimePhrase(p, from)))
            return from;
        for (var k = from + 1; k < p.Count - 2 && k < from + 20; k++)
        {
            if (p[k].Kind is PieceKind.Quote or PieceKind.Dash or PieceKind.Colon or PieceKind.End)
                return from;
            if (p[k].Kind != PieceKind.Comma)
                continue;
            // "Asked whether the plan would survive, the Commission President was blunt": a name or a title after it.
            var head = k + 2 < p.Count && p[k + 1].Text == "the" && p[k + 2].IsCapitalised ? k + 2 : k + 1;
            var run = head;
            while (run < p.Count && p[run].IsWord && p[run].IsCapitalised)
                run++;
            if (run > head && run < p.Count && p[run].IsWord && char.IsLower(p[run].Text[0]))
                return k + 1;
            // "Minutes later, she sent an email saying ...": the subject after the opening phrase may be a pronoun.
            if (run == k + 1 && k + 2 < p.Count && p[k + 1].Text is "he" or "she" && p[k + 2].IsWord && char.IsLower(p[k + 2].Text[0]))
                return k + 1;
        }

        return from;
    }

    // "The day before, at a rally in Leeds, ...", "Two weeks later, ...", "A day earlier, ...": words of time, numbers
    // and determiners only before the first comma, with a unit or a "before"/"later" among them.
    private static bool OpensWithTimePhrase(List<Piece> p, int from)
    {
        var unit = false;
        for (var k = from; k < p.Count && k < from + 6; k++)
        {
            if (p[k].Kind == PieceKind.Comma)
                return unit && k > from + 1;
            var word = p[k].Text;
            if (!p[k].IsWord || !(TimeUnits.Contains(word) || NameLexicon.Determiners.Contains(word) || char.IsDigit(word[0]) || word is "Back" or "back" or "in" or "Last" or "last" or "This" or "Next"))
                return false;
            unit |= TimeUnits.Contains(word);
        }

        return false;
    }

    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning", "afternoon", "evening", "weekend",
        "before", "earlier", "later", "ago", "hours", "minutes",
    };

    // "Walking to the next address, Ebeling said ...": a capitalised participle and a function word open a phrase of
    // circumstance; a name ending in -ing ("Manning told ...") is followed by its verb instead.
    private static bool OpensWithParticiple(List<Piece> p, int from) =>
        p[from].Text.Length >= 6 && p[from].Text.EndsWith("ing", StringComparison.Ordinal) && p[from + 1].IsWord
        && p[from + 1].Text is "to" or "into" or "through" or "at" or "in" or "on" or "from" or "with" or "out" or "up" or "back" or "down" or "past" or "along" or "across" or "the" or "a" or "an" or "his" or "her" or "their";

    private static readonly HashSet<string> IntroductionOpeners = new(StringComparer.Ordinal)
    {
        "Back",
        // "Regarding Trump's rhetoric, Woods said ...", "Minutes later, ...", "Eight years ago, ...".
        "Regarding", "Concerning", "Minutes", "Months", "Years", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Twenty",
        // "From the Greens and Left Alliance, Angelo Bonelli was blunter still:": the side a speaker speaks for.
        "From", "For", "Among", "Within",
        "In", "At", "During", "After", "Before", "Speaking", "On", "Asked", "Following", "Addressing", "Writing", "Since", "Amid",
        "Despite", "Over", "Under", "Earlier", "Later", "Appearing", "Campaigning", "Interviewed", "Responding",
        // "Pressed on the matter by the presenter, the minister gave ground:": a participle of questioning sets the scene.
        "Pressed", "Questioned", "Challenged", "Quizzed", "Grilled", "Confronted",
        // "Early in his campaign, Trump attacked ...": time adverbs that open a phrase (and may be surnames elsewhere).
        "Early", "Late", "Shortly", "Just", "Soon", "Moments", "Hours", "Days", "Weeks",
    };

    // Where the subject search goes on when p[start..end) introduces the sentence rather than being its subject:
    // a dateline ("WASHINGTON (AP) —"), a date ("On Thursday, ...", "Sunday, ..."), an adverb ("Hastily, ...").
    // -1 when it is the subject.
    private static int IntroductionEnd(List<Piece> p, int start, int end)
    {
        if (end <= start)
            return -1;
        if (start == 0 && SentencePieces.DatelineEnd(p) is var afterDateline and > 0)
            return afterDateline;

        var dates = true;
        for (var k = start; k < end && dates; k++)
            dates = NameLexicon.Dates.Contains(p[k].Text);
        var commaAfter = end < p.Count && p[end].Kind == PieceKind.Comma;
        if (dates && (commaAfter || end - start == 1) || (commaAfter && end - start == 1 && IsMannerAdverb(char.ToLowerInvariant(p[start].Text[0]) + p[start].Text[1..])))
            return commaAfter ? end + 1 : end;
        return -1;
    }

    /// <summary>True for "Clinton's", "Clinton’s", "Sanders'".</summary>
    public static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith('\'') || word.EndsWith('’');

    /// <summary>True for "Russia's", "country’s": a word and a possessive "'s" (not a plural's lone apostrophe).</summary>
    public static bool EndsInPossessiveS(ReadOnlySpan<char> word) => word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’';
}
