namespace NewsBot.Core.Text;

/// <summary>
/// Words that are not stop words but almost never belong in a keyphrase: common verbs, quantities, superlatives
/// and reporting words. Without a part-of-speech tagger they stand in for "not part of a noun phrase".
/// </summary>
public static class NonKeyWords
{
    // One set with the verb lexicon's forms, so a word costs one lookup.
    private static readonly HashSet<string> Words = new(Keyphrases.VerbForms.All, StringComparer.Ordinal)
    {
        "get", "got", "go", "goes", "went", "gone", "come", "came", "make", "made", "take", "took", "taken", "see", "saw",
        "seen", "know", "knew", "known", "think", "thought", "want", "use", "find", "found", "give", "gave", "given",
        "tell", "call", "try", "ask", "need", "feel", "felt", "become", "became", "leave", "left", "put", "mean", "meant",
        "keep", "kept", "begin", "began", "seem", "help", "show", "hear", "heard", "play", "run", "ran", "move", "live",
        "believe", "hold", "held", "bring", "brought", "happen", "write", "wrote", "provide", "sit", "stand", "stood",
        "lose", "lost", "pay", "paid", "meet", "met", "include", "includes", "continue", "set", "learn", "change", "lead",
        "led", "understand", "watch", "follow", "stop", "create", "speak", "spoke", "read", "allow", "add", "spend",
        "spent", "grow", "grew", "open", "walk", "win", "won", "offer", "remember", "consider", "appear", "buy",
        "bought", "wait", "serve", "die", "send", "sent", "expect", "build", "built", "stay", "fall", "fell", "cut",
        "reach", "kill", "remain", "suggest", "raise", "pass", "sell", "sold", "require", "decide", "pull", "gain",
        "is", "are", "was", "were", "be", "been", "has", "had", "have", "do", "did", "done", "get", "gets", "says",
        "added", "asked", "called", "noted", "reported", "announced", "described", "explained", "warned", "insisted",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "billion", "billions", "dozen", "dozens", "several", "first", "second", "third", "half",
        "least", "less", "lot", "lots", "every", "almost", "already", "always", "never", "often", "ago", "later",
        "today", "yesterday", "tomorrow", "tonight", "morning", "evening", "night", "day", "days", "time", "times",
        "another", "way", "ways", "thing", "things", "something", "nothing", "anything", "everything", "someone",
        "people", "percent", "cent", "mrs", "dr", "sir", "miss", "st", "among", "early", "late", "recent", "recently",
        "month", "months", "far", "back", "part", "end", "little", "big", "good", "high", "low", "long", "great",
        "able", "likely", "possible", "whose", "including", "during", "told", "spokesman", "spokeswoman", "official",
        "officials", "statement", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "agree", "agrees", "vow", "vows", "urge", "urges", "seek", "seeks", "warn",
        "warns", "reject", "rejects", "dismiss", "dismisses", "host", "hosts", "meets", "calls", "wants", "offers", "sets",
        "gets", "makes", "takes", "says", "backs", "plans", "eyes", "mulls", "weighs", "slams", "hails", "near", "ever",
        "struck", "used", "amid", "despite", "toward", "towards", "unlike", "aboard", "alongside", "aside", "away", "behind",
        "beneath", "beside", "besides", "beyond", "inside", "instead", "nearby", "onto", "outside", "throughout",
        "underneath", "versus", "whereas", "whilst", "together", "ahead", "apart", "abroad", "anyway", "anywhere",
        "elsewhere", "everywhere", "somewhere", "nowhere", "meanwhile", "otherwise", "therefore", "thus", "hence",
        "indeed", "perhaps", "maybe", "quite", "rather", "enough", "else", "soon", "afterward", "afterwards", "sometimes",
        "either", "neither", "whatever", "whenever", "wherever", "whoever", "everyone", "anyone", "somebody", "anybody",
        "everybody", "nobody",
        "mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "acre", "acres", "gallon", "gallons",
        "barrel", "barrels", "pound", "pounds", "ton", "tons", "tonnes", "feet", "foot", "inch", "inches", "yard", "yards",
        "mph", "hectares", "meters", "metres",
    };

    // Words that end like superlatives or adverbs but are nouns or adjectives that name things ("forest fire").
    private static readonly HashSet<string> SuffixExceptions = new(StringComparer.Ordinal)
    {
        "forest", "arrest", "interest", "protest", "contest", "request", "harvest", "conquest", "modest", "honest",
        "manifest", "budapest", "everest", "midwest", "family", "assembly", "supply", "monopoly", "anomaly", "italy",
        "deadly", "elderly", "friendly", "weekly", "daily", "quarterly", "monthly", "yearly", "costly", "orderly",
        "holy", "rally", "ally", "july", "reply", "jelly", "belly",
    };

    /// <summary>True when a folded word should break a keyphrase candidate wherever it stands.</summary>
    public static bool Contains(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (Words.Contains(folded))
            return true;
        if (folded.Length <= 5 || SuffixExceptions.Contains(folded))
            return false;
        // Superlatives and adverbs are rarely part of a name for a theme.
        return folded.EndsWith("est", StringComparison.Ordinal) && !folded.EndsWith("west", StringComparison.Ordinal)
            || folded.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>
    /// True for a past or present participle ("-ed", "-ing"): usually a verb, which breaks a candidate, but an
    /// adjective or a noun after a determiner ("the infected cattle") or inside a compound ("insider trading").
    /// </summary>
    public static bool IsParticiple(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return !Words.Contains(folded) && EndsLikeParticiple(folded);
    }

    /// <summary><see cref="IsParticiple"/> for a word already known not to be in the list.</summary>
    internal static bool EndsLikeParticiple(string folded) =>
        folded.Length > 5 && (folded.EndsWith("ed", StringComparison.Ordinal) || folded.EndsWith("ing", StringComparison.Ordinal));
}
