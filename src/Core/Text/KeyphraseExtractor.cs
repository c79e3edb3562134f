using NewsBot.Core.Keywords;

namespace NewsBot.Core.Text;

/// <summary>
/// Keyphrases in the PositionRank family, without a part-of-speech tagger. Candidates are runs of content words,
/// which stop words, verbs and other <see cref="NonKeyWords"/>, numbers and punctuation break (runs of more than
/// four words yield their n-grams of up to three). Each word earns a score from
/// every occurrence, more for early ones (news says what matters first); a phrase scores the sum of its words, times
/// how often the phrase itself recurs; the topic profile's terms get a bonus, so an article's themes come out in the
/// topic's own words. A phrase contained in a better one is dropped. Pure and thread-safe.
/// </summary>
public static class KeyphraseExtractor
{
    private const int MaxWords = 3;
    private const int WholeRunWords = 4;
    private const double ProfileBonus = 1.5;
    private const double SingleWordFactor = 0.7;

    /// <summary>Up to <paramref name="count"/> phrases, best first, each as it first appears in the text.</summary>
    public static IReadOnlyList<string> Extract(string title, string text, CompiledProfile? profile, int count = 8)
    {
        ArgumentNullException.ThrowIfNull(text);
        var full = string.IsNullOrEmpty(title) ? text : title + "\n" + text;
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var wordScores = new Dictionary<string, double>(StringComparer.Ordinal);
        var position = 0;
        foreach (var sentence in SentenceSplitter.Split(full))
        {
            var tokens = Tokenizer.Tokenize(sentence.Of(full));
            var run = new List<(Token Token, string Stem)>();
            for (var i = 0; i <= tokens.Count; i++)
            {
                var isContent = i < tokens.Count && IsContentWord(tokens[i].Value);
                var broken = i == tokens.Count || !isContent
                    || i > 0 && HasPunctuationBetween(full, sentence.Start + tokens[i - 1].End, sentence.Start + tokens[i].Start);
                if (broken && run.Count > 0)
                {
                    AddCandidates(full, sentence.Start, run, position, candidates);
                    run.Clear();
                }

                if (i == tokens.Count)
                    break;
                position++;
                if (!isContent)
                    continue;
                var stem = Stemmer.Stem(tokens[i].Value);
                run.Add((tokens[i], stem));
                wordScores[stem] = wordScores.GetValueOrDefault(stem) + 1.0 / Math.Sqrt(position);
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
        foreach (var stem in key.Split(' '))
            score += wordScores[stem];
        // Recurrence counts, but less than linearly: a phrase said five times is not five times the theme.
        score *= Math.Pow(candidate.Count, 0.3);
        if (!key.Contains(' ', StringComparison.Ordinal))
            score *= SingleWordFactor;
        return profileKeys.Contains(key) ? score * ProfileBonus : score;
    }

    private static bool IsContentWord(string word) =>
        word.Length > 1 && !StopWords.Contains(word) && !NonKeyWords.Contains(word) && !word.All(char.IsDigit);

    private static void AddCandidates(string full, int offset, List<(Token Token, string Stem)> run, int endPosition, Dictionary<string, Candidate> into)
    {
        for (var start = 0; start < run.Count; start++)
        {
            for (var length = 1; length <= (run.Count <= WholeRunWords ? run.Count : MaxWords) && start + length <= run.Count; length++)
            {
                // A short run is taken whole, as a tagger would take a noun phrase; a long one yields its n-grams.
                if (run.Count <= WholeRunWords && !(start == 0 && length == run.Count))
                    continue;
                var key = string.Join(' ', run.Skip(start).Take(length).Select(w => w.Stem));
                if (into.TryGetValue(key, out var existing))
                {
                    into[key] = existing with { Count = existing.Count + 1 };
                    continue;
                }

                var surface = full[(offset + run[start].Token.Start)..(offset + run[start + length - 1].Token.End)];
                into[key] = new Candidate(surface, 1, endPosition);
            }
        }
    }

    // "oil spill" is contained in "oil spill cleanup" as whole words.
    private static bool Contains(string longer, string shorter) =>
        longer.Length > shorter.Length && (" " + longer + " ").Contains(" " + shorter + " ", StringComparison.Ordinal);

    private static bool HasPunctuationBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsPunctuation(text[i]) && text[i] != '-' || text[i] == '\n')
                return true;
        }

        return false;
    }

    private sealed record Candidate(string Surface, int Count, int FirstPosition);
}
