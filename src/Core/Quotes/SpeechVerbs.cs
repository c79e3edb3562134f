using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>The verbs that introduce speech, in the forms the press uses, and how each takes its content.</summary>
internal static class SpeechVerbs
{
    // Verbs whose object is the speech itself: "said (that) ...", "warned ...".
    private static readonly string[] Reporting =
    [
        "say", "says", "said", "saying", "add", "adds", "added", "adding", "stated", "stating",
        "stress", "stresses", "stressed", "stressing", "warn", "warns", "warned", "warning", "insist", "insists", "insisted", "insisting",
        "argue", "argues", "argued", "arguing", "note", "notes", "noted", "noting", "claim", "claims", "claimed", "claiming",
        "explain", "explains", "explained", "explaining", "announce", "announces", "announced", "announcing",
        "declare", "declares", "declared", "declaring", "suggest", "suggests", "suggested", "suggesting",
        "acknowledge", "acknowledges", "acknowledged", "acknowledging", "admit", "admits", "admitted", "admitting",
        "write", "writes", "wrote", "writing", "tweet", "tweets", "tweeted", "tweeting", "texted", "reply", "replies", "replied", "replying",
        "respond", "responds", "responded", "continue", "continues", "continued", "conclude", "concludes", "concluded",
        "predict", "predicts", "predicted", "promise", "promises", "promised", "pledge", "pledges", "pledged",
        "vow", "vows", "vowed", "confirm", "confirms", "confirmed", "confirming", "deny", "denies", "denied", "denying",
        "complain", "complains", "complained", "recall", "recalls", "recalled", "observe", "observes", "observed",
        "remark", "remarks", "remarked", "emphasise", "emphasised", "emphasises", "emphasize", "emphasized", "emphasizes",
        "underline", "underlines", "underlined", "caution", "cautions", "cautioned", "maintain", "maintains", "maintained",
        "contend", "contends", "contended", "assert", "asserts", "asserted", "counter", "counters", "countered",
        "charged", "report", "reports", "reported", "reporting", "reiterate", "reiterates", "reiterated",
        "joke", "joked", "quip", "quipped", "recount", "recounted", "reveal", "reveals", "revealed", "testify", "testified",
        "boast", "boasted", "concede", "concedes", "conceded", "agree", "agreed", "ask", "asks", "asked", "asking",
        "hint", "hinted", "mused", "muse", "shout", "shouted", "told", "tell", "tells", "telling", "allege", "alleged", "alleges",
        "indicate", "indicated", "indicates", "point", "points", "pointed", "describe", "describes", "described", "describing",
        "call", "calls", "called", "calling", "urge", "urges", "urged", "urging", "accuse", "accuses", "accused", "accusing",
        "believe", "believes", "believed", "think", "thinks", "thought", "estimate", "estimates", "estimated", "post", "posted",
        "exclaimed", "exclaims", "yelled", "chanted", "cited", "cites", "slammed", "slams", "blasted", "blasts", "mocked", "mocks",
        "touted", "touts", "lamented", "laments", "labeled", "labelled", "labeling", "labelling", "boasted", "boasts", "wondered", "wonders",
        "questioned", "explains", "pressed", "interjected", "snapped", "scoffed", "declares", "proclaimed", "proclaims",
        "retort", "retorts", "retorted", "demanded", "demands", "pleaded", "begged", "speculate", "speculates", "speculated", "speculating",
        "barked", "barks", "screamed", "screams", "cried", "whispered", "sighed", "laughed", "vented", "griped", "grumbled", "fumed", "gushed",
        "praised", "praises", "praising", "dubbed", "dubs", "branded", "brands", "branding", "dismissed", "dismisses", "dismissing", "hailed", "hails",
        "termed", "terms", "derided", "derides", "decried", "decries", "denounced", "denounces", "denouncing", "criticized", "criticizes", "criticised", "criticises",
        "ridiculed", "lambasted", "chided", "scolded", "characterized", "characterizes", "characterised", "characterises",
        "referred", "refers", "referring", "assured", "assures", "assure", "echoed", "echoes", "chanting", "chants", "quipping", "boasting",
        "inform", "informs", "informed", "informing", "repeat", "repeats", "repeated", "repeating", "thanked", "welcomed", "welcomes",
    ];

    private static readonly FrozenSet<string> Forms = Reporting.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Fetched once: getting the lookup checks the comparer's type on every call, and every word of every sentence is looked up.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FormsBySpan = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    // "told reporters that": the listener comes before the content.
    private static readonly FrozenSet<string> TakesListener =
        new[] { "told", "tell", "tells", "telling", "informed", "inform", "informs", "informing", "asked", "ask", "asks", "asking", "urged", "urge", "urges", "urging", "warned", "warn", "warns", "warning", "assured", "accused" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Verbs that speak only with an explicit quote ("called the plan "dangerous""), never as indirect speech.
    private static readonly FrozenSet<string> QuoteOnly =
        new[] { "call", "calls", "called", "calling", "describe", "describes", "described", "describing", "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "accuse", "accuses", "accused", "accusing", "point", "points", "pointed", "post", "posted", "shout", "shouted", "joke", "joked", "quip", "quipped",
            "cited", "cites", "slammed", "slams", "blasted", "blasts", "mocked", "mocks", "touted", "touts", "labeled", "labelled", "labeling", "labelling", "chanted", "yelled",
            "barked", "barks", "screamed", "screams", "cried", "whispered", "sighed", "laughed", "vented", "griped", "grumbled", "fumed", "gushed",
            "praised", "praises", "praising", "dubbed", "dubs", "branded", "brands", "branding", "dismissed", "dismisses", "dismissing", "hailed", "hails",
            "termed", "terms", "derided", "derides", "decried", "decries", "denounced", "denounces", "denouncing", "criticized", "criticizes", "criticised", "criticises",
            "ridiculed", "lambasted", "chided", "scolded", "characterized", "characterizes", "characterised", "characterises", "demanded", "demands", "pleaded", "begged",
            "referred", "refers", "referring", "chanting", "chants", "quipping",
            // "thanked him for his «consistent» support": thanks speak only through the words they quote; so does a
            // welcome ("a move Zelensky welcomed as "a clear signal"").
            "thanked", "welcomed", "welcomes" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Weak verbs of belief: speech only when a named speaker holds them, and only as indirect speech with "that".
    private static readonly FrozenSet<string> Belief =
        new[] { "believe", "believes", "believed", "think", "thinks", "thought", "estimate", "estimates", "estimated", "agree", "agreed", "point", "points", "pointed", "indicate", "indicated", "indicates" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Every word of every sentence is tested and almost none is a speech verb: a table of the (length, first letter,
    // last letter) shapes the forms have rules most words out before the set is consulted.
    private static readonly int LongestForm = Reporting.Max(f => f.Length);
    private static readonly bool[] Shapes = BuildShapes();

    private static bool[] BuildShapes()
    {
        var shapes = new bool[(LongestForm + 1) * 26 * 26];
        foreach (var form in Reporting)
            shapes[Shape(form.Length, form[0] | 0x20, form[^1] | 0x20)] = true;
        return shapes;
    }

    private static int Shape(int length, int first, int last) => ((length * 26) + (first - 'a')) * 26 + (last - 'a');

    /// <summary>True when <paramref name="word"/> is a speech verb form.</summary>
    public static bool IsSpeech(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > LongestForm)
            return false;
        var (first, last) = (word[0], word[^1]);
        // The forms are ASCII letters; a non-ASCII end may still match one case-insensitively, so the set decides.
        if (first < 128 && last < 128)
        {
            if (!char.IsAsciiLetter(first) || !char.IsAsciiLetter(last) || !Shapes[Shape(word.Length, first | 0x20, last | 0x20)])
                return false;
        }

        return FormsBySpan.Contains(word);
    }

    /// <summary>True for "told", "asked": a listener may stand between verb and content.</summary>
    public static bool HasListener(string word) => TakesListener.Contains(word);

    /// <summary>True for "called", "described": speech only around quoted words.</summary>
    public static bool NeedsQuote(string word) => QuoteOnly.Contains(word);

    /// <summary>
    /// True for "posted", "demanded", "urged": verbs that otherwise speak only through quoted words but report a
    /// "that" clause too ("posted on Telegram that the talks had gone well").
    /// </summary>
    public static bool ReportsThatClause(string word) => ThatClauseTakers.Contains(word);

    private static readonly FrozenSet<string> ThatClauseTakers =
        new[] { "post", "posted", "demand", "demands", "demanded", "urge", "urges", "urged", "urging", "ask", "asks", "asked", "pleaded", "joked", "quipped", "shouted" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for "reported", "announced", "pressed": verbs whose object may be a thing or a person, not reported words.</summary>
    public static bool TakesObject(string word) => ObjectTakers.Contains(word);

    private static readonly FrozenSet<string> ObjectTakers =
        new[] { "report", "reports", "reported", "reporting", "announce", "announces", "announced", "announcing", "pledge", "pledges", "pledged",
            "promise", "promises", "promised", "unveil", "unveiled", "reveal", "reveals", "revealed",
            // "pressed the general on timelines", "questioned the minister about costs": a person questioned is no report.
            "pressed", "presses", "questioned", "questions" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for "vowed", "promised": "to" after them opens the promise, not a circumstance.</summary>
    public static bool Promises(string word) => word is "vow" or "vows" or "vowed" or "promise" or "promises" or "promised" or "pledge" or "pledges" or "pledged";

    /// <summary>True for "believes", "thinks": indirect speech only with an explicit "that".</summary>
    public static bool IsBelief(string word) => Belief.Contains(word);

    /// <summary>
    /// True for "informed" and "repeated": they report only a "that" clause ("The Chancellor informed that ...",
    /// "the Kremlin repeated that ..."); what one is informed of ("informed Kyiv of the decision") or repeats ("Moscow
    /// repeats warning on troops") is no report of words.
    /// </summary>
    public static bool NeedsThat(string word) => word is "inform" or "informs" or "informed" or "informing" or "repeat" or "repeats" or "repeated" or "repeating";

    /// <summary>True for the -ing form ("adding", "saying") that borrows the subject of its sentence.</summary>
    public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
