using NewsBot.Core.Keywords;

namespace NewsBot.Core.Text;

/// <summary>
/// Keyphrases in the PositionRank family, without a part-of-speech tagger. Candidates are runs of content words,
/// which stop words, verbs and other <see cref="NonKeyWords"/>, numbers and punctuation break (runs of more than
/// four words yield their n-grams of up to three). A participle is kept only after a determiner ("the infected
/// cattle"), where it is an adjective or a noun; a phrase ending like an adjective ("-ous", "-able") is not a noun
/// phrase and is dropped. Each word earns a score from every occurrence, more for early ones (news says what
/// matters first); a phrase scores the sum of its words, times how often the phrase itself recurs, times a bonus
/// for an early first mention (as PositionRank); the topic profile's terms get a bonus, so an article's themes come
/// out in the topic's own words. A phrase contained in a better one is dropped. Pure and thread-safe.
/// </summary>
public static class KeyphraseExtractor
{
    private const int MaxWords = 3;
    private const int WholeRunWords = 4;
    private const double ProfileBonus = 1.5;
    private const double SingleWordFactor = 0.85;
    private const double RecurrenceExponent = 0.8;
    private const double FirstMentionBonus = 2;

    // After these a participle is an adjective or a noun ("the infected cattle", "its lending"), not a verb.
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "these", "those", "that",
    };

    /// <summary>Up to <paramref name="count"/> phrases, best first, each as it first appears in the text.</summary>
    public static IReadOnlyList<string> Extract(string title, string text, CompiledProfile? profile, int count = 8)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(AnalyzedText.Of(title ?? ""), AnalyzedText.Of(text), profile, count);
    }

    /// <summary>Up to <paramref name="count"/> phrases of an analysed headline and body, best first.</summary>
    public static IReadOnlyList<string> Extract(AnalyzedText title, AnalyzedText body, CompiledProfile? profile, int count = 8)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var wordScores = new Dictionary<string, double>(StringComparer.Ordinal);
        var position = 0;
        foreach (var part in (ReadOnlySpan<AnalyzedText>)[title, body])
        {
            var run = new List<Word>();
            var words = part.Words;
            for (var i = 0; i <= words.Count; i++)
            {
                var isContent = i < words.Count && IsContentWord(words, i);
                var broken = i == words.Count || !isContent
                    || i > 0 && (words[i].Sentence != words[i - 1].Sentence || HasPunctuationBetween(part.Text, words[i - 1].End, words[i].Start)
                        || StartsName(part.Text, words[i - 1], words[i]));
                if (broken && run.Count > 0)
                {
                    AddCandidates(part.Text, run, candidates, position - run.Count + 1);
                    run.Clear();
                }

                if (i == words.Count)
                    break;
                position++;
                if (!isContent)
                    continue;
                run.Add(words[i]);
                wordScores[words[i].Stem] = wordScores.GetValueOrDefault(words[i].Stem) + 1.0 / Math.Sqrt(position);
            }
        }

        var profileKeys = profile?.Terms.Where(t => t.Role == TermRole.Topic)
            .Select(t => string.Join(' ', t.Stems)).ToHashSet(StringComparer.Ordinal) ?? [];
        var ranked = candidates
            .Select(c => (c.Key, c.Value.Surface, Score: Score(c.Key, c.Value, wordScores, profileKeys)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var chosen = new List<(string Key, string Surface)>(count);
        foreach (var candidate in ranked)
        {
            if (chosen.Count == count)
                break;
            if (chosen.Any(c => Contains(c.Key, candidate.Key)))
                continue;
            chosen.Add((candidate.Key, candidate.Surface));
        }

        return chosen.Select(c => c.Surface).ToList();
    }

    /// <summary>A phrase as its space-joined word stems, the identity of a keyphrase ("Security Guarantees" -> "secur guarante").</summary>
    public static string StemKey(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return string.Join(' ', Tokenizer.Tokenize(phrase).Select(t => Stemmer.Stem(t.Value)));
    }

    private static double Score(string key, Candidate candidate, Dictionary<string, double> wordScores, HashSet<string> profileKeys)
    {
        var score = 0.0;
        foreach (var stem in candidate.Stems)
            score += wordScores[stem];
        // Recurrence counts, but less than linearly: a phrase said five times is not five times the theme.
        score *= Math.Pow(candidate.Count, RecurrenceExponent);
        // News names its subject early: a phrase first met in the opening words gains up to threefold (PositionRank).
        score *= 1 + FirstMentionBonus / Math.Sqrt(Math.Max(1, candidate.First));
        if (!key.Contains(' ', StringComparison.Ordinal))
            score *= SingleWordFactor;
        return profileKeys.Contains(key) ? score * ProfileBonus : score;
    }

    // Adjective endings: a phrase that ends in one ("the river was dangerous") is not a noun phrase.
    private static bool EndsLikeAdjective(string last) =>
        last.Length > 5 && (last.EndsWith("ous", StringComparison.Ordinal) || last.EndsWith("ful", StringComparison.Ordinal)
            || last.EndsWith("less", StringComparison.Ordinal) || last.EndsWith("able", StringComparison.Ordinal)
            || last.EndsWith("ible", StringComparison.Ordinal));

    private static bool IsContentWord(IReadOnlyList<Word> words, int i)
    {
        var word = words[i].Folded;
        if (word.Length <= 1 || words[i].IsStopWord || NonKeyWords.Contains(word) || IsAllDigits(word))
            return false;
        if (!NonKeyWords.IsParticiple(word))
            return true;
        return i > 0 && words[i - 1].Sentence == words[i].Sentence && Determiners.Contains(words[i - 1].Folded);
    }

    private static bool IsAllDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
                return false;
        }

        return true;
    }

    private static void AddCandidates(string text, List<Word> run, Dictionary<string, Candidate> into, int firstPosition)
    {
        for (var start = 0; start < run.Count; start++)
        {
            for (var length = 1; length <= (run.Count <= WholeRunWords ? run.Count : MaxWords) && start + length <= run.Count; length++)
            {
                // A short run is taken whole, as a tagger would take a noun phrase; a long one yields its n-grams.
                if (run.Count <= WholeRunWords && !(start == 0 && length == run.Count) || EndsLikeAdjective(run[start + length - 1].Folded))
                    continue;
                var stems = new string[length];
                for (var j = 0; j < length; j++)
                    stems[j] = run[start + j].Stem;
                var key = length == 1 ? stems[0] : string.Join(' ', stems);
                if (into.TryGetValue(key, out var existing))
                {
                    existing.Count++;
                    continue;
                }

                into[key] = new Candidate(text[run[start].Start..run[start + length - 1].End], stems) { Count = 1, First = firstPosition + start };
            }
        }
    }

    // "oil spill" is contained in "oil spill cleanup" as whole words.
    private static bool Contains(string longer, string shorter) =>
        longer.Length > shorter.Length && (" " + longer + " ").Contains(" " + shorter + " ", StringComparison.Ordinal);

    // "defence minister Sébastien Lecornu": a capitalised word after a lower-case one starts a name, and a phrase
    // that runs from a common noun into a name is neither.
    private static bool StartsName(string text, Word previous, Word current) =>
        char.IsUpper(text[current.Start]) && char.IsLower(text[previous.Start]);

    private static bool HasPunctuationBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsPunctuation(text[i]) && text[i] != '-' || text[i] == '\n')
                return true;
        }

        return false;
    }

    private sealed class Candidate(string surface, string[] stems)
    {
        public string Surface { get; } = surface;

        public string[] Stems { get; } = stems;

        public int Count { get; set; }

        /// <summary>Word position (1-based, headline first) where the phrase is first met.</summary>
        public int First { get; init; }
    }
}
