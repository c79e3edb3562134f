using NewsBot.Core.Keywords;

namespace NewsBot.Core.Text;

/// <summary>
/// Extractive summary: sentences scored by topic matches, position and length, picked greedily while dropping
/// sentences that repeat an earlier pick, then returned in article order. Never cuts a sentence.
/// </summary>
public static class Summarizer
{
    /// <summary>Up to <paramref name="count"/> whole sentences of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Summarize(string text, CompiledProfile? profile, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Split(text)
            .Select(s => s.Of(text))
            .Where(s => s.Length > 40 || s.Contains(' ', StringComparison.Ordinal) && s.EndsWith('.'))
            .ToList();
        if (sentences.Count <= count)
            return sentences;
        var bags = sentences.Select(Bag).ToList();
        var scores = sentences.Select((s, i) => Score(s, i, sentences.Count, profile)).ToList();
        var picked = new List<int>();
        while (picked.Count < count)
        {
            var best = -1;
            var bestScore = double.MinValue;
            for (var i = 0; i < sentences.Count; i++)
            {
                if (picked.Contains(i))
                    continue;
                var redundancy = picked.Count == 0 ? 0 : picked.Max(p => Overlap(bags[i], bags[p]));
                var value = scores[i] - 2.0 * redundancy;
                if (value > bestScore)
                {
                    bestScore = value;
                    best = i;
                }
            }

            picked.Add(best);
        }

        picked.Sort();
        return picked.Select(i => sentences[i]).ToList();
    }

    private static double Score(string sentence, int index, int total, CompiledProfile? profile)
    {
        var position = 1.0 - (double)index / total;
        var lengthPenalty = sentence.Length < 60 ? 0.5 : 0;
        var topic = 0.0;
        if (profile is not null)
        {
            var stems = Bag(sentence);
            topic = profile.Terms.Where(t => t.Role == TermRole.Topic && t.Stems.All(stems.Contains)).Sum(t => t.Weight) / 10;
        }

        return position * 1.5 + Math.Min(topic, 1.5) - lengthPenalty + (index == 0 ? 1 : 0);
    }

    private static HashSet<string> Bag(string sentence) =>
        Tokenizer.Tokenize(SpellingVariants.Normalize(sentence))
            .Where(t => !StopWords.Contains(t.Value))
            .Select(t => Stemmer.Stem(t.Value))
            .ToHashSet(StringComparer.Ordinal);

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / Math.Min(a.Count, b.Count);
    }
}
