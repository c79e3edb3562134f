namespace NewsBot.Core.Quotes;

/// <summary>Speech cues of more than one word, and verbs that speak only before "that".</summary>
internal static partial class CueFinder
{
    // "expressed hope that", "voiced deep concern that": the feelings a speaker voices as reported speech.
    private static readonly HashSet<string> Feelings = new(StringComparer.Ordinal)
    {
        "hope", "hopes", "confidence", "concern", "concerns", "fear", "fears", "doubt", "doubts", "optimism", "belief", "regret",
        "frustration", "worry", "worries", "surprise", "scepticism", "skepticism", "disappointment", "satisfaction",
    };

    // The last piece of the speech phrase opening at v ("pointed out", "made it clear", "expressed hope that",
    // "signalled that", "asked whether"), or -1 when none opens there. The first letter rules out most words before any comparison.
    private static int SpeechPhraseEnd(List<Piece> p, int v)
    {
        var word = p[v].Text;
        switch (word[0])
        {
            case 'p' when word is "point" or "points" or "pointed" or "pointing":
                return NextIs(p, v, "out") ? v + 1 : -1;
            case 'm' when word is "make" or "makes" or "made" or "making":
                return NextIs(p, v, "clear") ? v + 1 : NextIs(p, v, "it") && NextIs(p, v + 1, "clear") ? v + 2 : -1;
            // Hinting is speech only with its clause: "signalled a change of course" reports no words.
            case 's' when word is "signalled" or "signaled" or "signalling" or "signaling":
                return NextIs(p, v, "that") ? v : -1;
            // "Tymoshenko shot back that ...": a retort is speech with its clause; "fired back at critics" reports none.
            case 's' or 'f' or 'h' when word is "shot" or "shoots" or "fired" or "fires" or "hit" or "hits":
                return NextIs(p, v, "back") && NextIs(p, v + 1, "that") ? v + 1 : -1;
            // "asked whether the United States would provide air cover": a reported question.
            case 'a' when word is "ask" or "asks" or "asked" or "asking" && v + 1 < p.Count && p[v + 1].Text is "whether" or "why" or "how":
                return v + 1;
            // "wanted to know who had authorised "..."": a reported question (not the wish "wants to know").
            case 'w' when word is "wanted" && NextIs(p, v, "to") && NextIs(p, v + 1, "know") && v + 3 < p.Count
                && p[v + 3].Text is "who" or "whether" or "why" or "how" or "what" or "when":
                return v + 3;
            case 'e' or 'v' when word is "express" or "expresses" or "expressed" or "expressing" or "voice" or "voices" or "voiced" or "voicing":
                return FeelingBeforeThat(p, v);
            default:
                return -1;
        }
    }

    // "expressed hope that", "expressed cautious optimism that": the feeling, at most one word after the verb; -1 when
    // no "that" follows it.
    private static int FeelingBeforeThat(List<Piece> p, int v)
    {
        for (var k = v + 1; k <= v + 2 && k < p.Count && p[k].IsWord; k++)
        {
            if (Feelings.Contains(p[k].Text))
                return NextIs(p, k, "that") ? k : -1;
        }

        return -1;
    }

    // The speaker before the phrase, or the sentence's subject for a participle or a second verb phrase. "pointed out
    // the flaws" and "makes clear the stakes" report no words: a clause must follow.
    private static Cue? PhraseCue(List<Piece> p, int v, int end)
    {
        if (!ClauseFollows(p, end))
            return null;
        var text = end == v ? p[v].Text : Join(p, v, end);
        var participle = SpeechVerbs.IsParticiple(p[v].Text);
        if (v > 0 && ((participle && p[v - 1].Kind == PieceKind.Comma) || AfterConjunction(p, v) || (participle && AfterDocument(p, v))))
            return new Cue(end, text, null, CueForm.Participle);
        // "signed a letter Monday making it clear": only a progressive's auxiliary lets an -ing form take the words before it.
        if (participle && !(v > 0 && p[v - 1].Text is "is" or "are" or "was" or "were" or "been"))
            return null;
        return ReadLeft(p, v) is { } speaker ? new Cue(end, text, speaker, CueForm.Normal) : null;
    }

    // A comma ("as Brenn pointed out, ..."), a subject pronoun ("made clear he would"), or a "that" within a few words
    // ("made clear on Monday that").
    private static bool ClauseFollows(List<Piece> p, int end)
    {
        var k = end + 1;
        if (k >= p.Count)
            return false;
        if (p[k].Kind == PieceKind.Comma || p[k].Text is "he" or "she" or "it" or "they" or "we" or "there" || p[end].Text is "whether" or "why" or "how" or "who" or "what" or "when")
            return true;
        for (; k < p.Count && k <= end + 6 && p[k].IsWord; k++)
        {
            if (p[k].Text == "that")
                return true;
        }

        return false;
    }

    // "asked allies to send more air defence", "called on Nato to act", "called for a ceasefire": an appeal, whose
    // clause (the addressee with its infinitive, or the object of "for") is read only for its quoted words. Where that
    // clause starts, or -1. A passive ("was called for Tuesday") appeals to no one.
    internal static int AppealStart(List<Piece> p, int v, string verb)
    {
        if (v + 2 >= p.Count || (v > 0 && p[v - 1].Text is "was" or "were" or "is" or "are" or "be" or "been" or "being"))
            return -1;
        var calls = verb is "call" or "calls" or "called" or "calling";
        if (calls && p[v + 1].Text == "for" && p[v + 2].IsWord)
            return v + 2;
        // "demanded that he appear before the chamber", "urged that talks resume": a demand's "that" clause says what
        // should happen, not what anyone said was so.
        if (verb is "demand" or "demands" or "demanded" or "demanding" or "urge" or "urges" or "urged" or "urging" && p[v + 1].Text == "that" && p[v + 2].IsWord)
            return v + 2;
        var addressee = calls && p[v + 1].Text == "on" ? v + 2
            : verb is "ask" or "asks" or "asked" or "asking" ? v + 1 : -1;
        return addressee > 0 && InfinitiveAfterAddressee(p, addressee) ? addressee : -1;
    }

    // "allies to send", "the United States and Britain to act": up to six words without punctuation, then "to" and a
    // lower-case verb.
    private static bool InfinitiveAfterAddressee(List<Piece> p, int from)
    {
        if (!p[from].IsWord)
            return false;
        for (var k = from + 1; k + 1 < p.Count && k <= from + 6; k++)
        {
            if (!p[k].IsWord)
                return false;
            if (p[k].Text == "to")
                return p[k + 1].IsWord && char.IsLower(p[k + 1].Text[0]) && !NameLexicon.Determiners.Contains(p[k + 1].Text);
        }

        return false;
    }

    private static bool NextIs(List<Piece> p, int k, string word) => k + 1 < p.Count && p[k + 1].IsWord && p[k + 1].Text == word;
}
