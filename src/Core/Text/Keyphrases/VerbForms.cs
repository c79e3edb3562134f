namespace NewsBot.Core.Text.Keyphrases;

/// <summary>
/// A small lexicon of English verbs that are seldom nouns, built from general English morphology: base forms with
/// their regular "-s" forms, and irregular past forms. Without a part-of-speech tagger it tells a clause's verb
/// ("tornadoes occur", "the expert predicts") from the nouns around it, so the verb breaks a candidate phrase.
/// </summary>
internal static class VerbForms
{
    // Verbs whose base and "-s" forms are rarely nouns in news prose ("report", "plan", "change" are left out: they
    // name things as often as they act).
    private static readonly string[] Bases =
    [
        "accept", "achieve", "acquire", "admit", "adopt", "afflict", "afford", "agree", "allow", "announce", "appear",
        "apply", "argue", "arise", "arrive", "assume", "avoid", "belong", "borrow", "choose", "combine",
        "compare", "complain", "conclude", "confirm", "consider", "consist", "contain", "contend", "contribute",
        "convince", "declare", "deny", "depend", "describe", "deserve", "destroy", "determine", "develop",
        "disappear", "discover", "discuss", "emerge", "enable", "encourage", "ensure", "enter", "establish", "examine",
        "exist", "expand", "expect", "explain", "express", "fail", "finish", "forget", "gather", "identify", "ignore",
        "imagine", "improve", "indicate", "insist", "intend", "involve", "join", "justify", "manage", "mention",
        "obtain", "occur", "oppose", "owe", "persist", "persuade", "predict", "prefer", "prepare", "prevent", "produce",
        "prove", "receive", "recognize", "recognise", "recommend", "reduce", "refuse", "rely", "remain", "remove",
        "renew", "repay", "replace", "represent", "require", "resolve", "respond", "reveal", "seem", "seek", "settle",
        "solve", "suffer", "suggest", "suppose", "survive", "tend", "threaten", "throw", "urge", "worry", "write",
        "believe", "bring", "become", "begin", "happen", "remember", "decide", "continue", "include", "provide",
        "serve", "send", "spend", "understand", "appoint", "approve", "assure", "attend", "cite", "deliver", "exceed",
        "kill", "maintain", "meet", "pose", "quit", "testify", "wonder", "affect", "attract", "flee", "injure", "soar",
        "topple", "get", "go", "come", "make", "take", "see", "know", "think", "want", "find", "give", "tell", "try",
        "ask", "feel", "leave", "put", "keep", "help", "hear", "sit", "stand", "lose", "pay", "learn", "follow",
        "create", "speak", "read", "add", "grow", "open", "buy", "die", "build", "stay", "reach", "sell", "pull",
        "dare", "eat", "analyze", "analyse", "promote", "operate", "reflect", "hire",
    ];

    // Irregular past tenses and participles ("-ed" forms are caught by their ending).
    private static readonly string[] IrregularPast =
    [
        "arose", "arisen", "awoke", "beaten", "began", "begun", "bent", "bitten", "bled", "blew", "blown", "borne",
        "bought", "broke", "brought", "built", "burnt", "caught", "chose", "chosen", "clung", "crept", "dealt", "drew",
        "drawn", "drank", "drunk", "drove", "driven", "dug", "ate", "eaten", "fell", "fallen", "fought", "fled", "flew",
        "flown", "flung", "forbade", "forgot", "forgotten", "forgave", "forgiven", "froze", "grew", "grown", "hid",
        "hung", "knew", "known", "laid", "led", "lent", "meant", "paid", "ridden", "rode", "rang", "rung", "risen",
        "sang", "sung", "sank", "sunk", "sought", "shook", "shaken", "shone", "shown", "showed", "slept", "slid",
        "sold", "spoke", "spoken", "sped", "spun", "sprang", "stole", "stolen", "stuck", "stung", "strove", "struck",
        "swore", "sworn", "swept", "swam", "swung", "taught", "tore", "torn", "threw", "thrown", "understood",
        "undertook", "undertaken", "withdrew", "withdrawn", "woke", "wore", "worn", "wove", "wept", "won", "wrote",
        "written", "thought", "told", "took", "taken", "went", "gone", "came", "gave", "given", "saw", "seen", "made",
        "found", "kept", "left", "felt", "heard", "held", "stood", "lost", "met", "sent", "spent", "became", "ran",
        "sat", "said",
    ];

    // Contractions, as the tokenizer folds them (apostrophe dropped).
    private static readonly string[] Contractions =
    [
        "isnt", "wasnt", "arent", "werent", "dont", "doesnt", "didnt", "cant", "couldnt", "wouldnt", "shouldnt", "wont",
        "hasnt", "cannot", "havent", "hadnt", "mustnt", "neednt", "aint", "im", "ive", "youre", "youve", "theyre", "theyve",
        "weve", "hes", "shes", "thats", "whats", "theres", "itll", "theyll", "youll", "shell", "hed", "theyd", "youd",
    ];

    /// <summary>Every form in the lexicon, folded as the tokenizer folds words.</summary>
    public static IReadOnlySet<string> All { get; } = Build();

    private static HashSet<string> Build()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var verb in Bases)
        {
            forms.Add(verb);
            forms.Add(ThirdPerson(verb));
        }

        forms.UnionWith(IrregularPast);
        forms.UnionWith(Contractions);
        return forms;
    }

    // English third person singular: "occur" -> "occurs", "push" -> "pushes", "deny" -> "denies".
    private static string ThirdPerson(string verb)
    {
        if (verb.EndsWith('y') && verb.Length > 2 && !"aeiou".Contains(verb[^2], StringComparison.Ordinal))
            return string.Concat(verb.AsSpan(0, verb.Length - 1), "ies");
        return verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("sh", StringComparison.Ordinal)
            || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('o')
            ? verb + "es"
            : verb + "s";
    }
}
