using NewsBot.Core.Keywords;

namespace NewsBot.Core.Text;

/// <summary>
/// Keyphrases: candidate phrases are runs of content words between stop words and punctuation; each is scored by
/// the frequency of its words, an early first appearance, and a bonus when the topic profile knows it.
/// </summary>
public static class KeyphraseExtractor
{
    /// <summary>Up to <paramref name="count"/> phrases, best first, as they appear in the text.</summary>
    public static IReadOnlyList<string> Extract(string title, string text, CompiledProfile? profile, int count = 8)
    {
        ArgumentNullException.ThrowIfNull(text);
        var full = (title ?? "") + "\n" + text;
        var candidates = new Dictionary<string, (string Surface, int Count, int First)>(StringComparer.Ordinal);
        var wordFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in SentenceSplitter.Split(full))
        {
            var run = new List<Token>();
            var tokens = Tokenizer.Tokenize(sentence.Of(full));
            for (var i = 0; i <= tokens.Count; i++)
            {
                var boundary = i == tokens.Count || StopWords.Contains(tokens[i].Value) || tokens[i].Value.All(char.IsDigit)
                    || i > 0 && HasPunctuationBetween(full, sentence.Start + tokens[i - 1].End, sentence.Start + tokens[i].Start);
                if (boundary && run.Count > 0)
                {
                    AddCandidate(full, sentence.Start, run, candidates);
                    run.Clear();
                }

                if (i < tokens.Count && !StopWords.Contains(tokens[i].Value) && !tokens[i].Value.All(char.IsDigit))
                {
                    run.Add(tokens[i]);
                    var stem = Stemmer.Stem(tokens[i].Value);
                    wordFrequency[stem] = wordFrequency.GetValueOrDefault(stem) + 1;
                }
            }
        }

        var profileStems = profile?.Terms.Where(t => t.Role == TermRole.Topic)
            .Select(t => string.Join(' ', t.Stems)).ToHashSet(StringComparer.Ordinal) ?? [];
        return candidates
            .Select(c => (c.Value.Surface, Score: ScoreOf(c.Key, c.Value.Count, c.Value.First, full.Length, wordFrequency, profileStems)))
            .OrderByDescending(c => c.Score)
            .Select(c => c.Surface)
            .Take(count)
            .ToList();
    }

    private static double ScoreOf(string key, int count, int first, int length, Dictionary<string, int> freq, HashSet<string> profileStems)
    {
        var words = key.Split(' ');
        var wordScore = words.Average(w => Math.Log(1 + freq.GetValueOrDefault(w)));
        var position = 1.0 - (double)first / Math.Max(1, length);
        var lengthBonus = words.Length is 2 or 3 ? 0.5 : words.Length > 4 ? -1 : 0;
        var profileBonus = profileStems.Contains(key) ? 1.5 : 0;
        return wordScore + Math.Log(1 + count) + position + lengthBonus + profileBonus;
    }

    private static void AddCandidate(string full, int offset, List<Token> run, Dictionary<string, (string, int, int)> into)
    {
        for (var start = 0; start < run.Count; start += 4)
        {
            var part = run.Skip(start).Take(4).ToList();
            if (part.Count == 1 && part[0].Value.Length < 4)
                continue;
            var key = string.Join(' ', part.Select(t => Stemmer.Stem(t.Value)));
            var surface = full[(offset + part[0].Start)..(offset + part[^1].End)];
            into[key] = into.TryGetValue(key, out var existing)
                ? (existing.Item1, existing.Item2 + 1, existing.Item3)
                : (surface, 1, offset + part[0].Start);
        }
    }

    private static bool HasPunctuationBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsPunctuation(text[i]) && text[i] != '-')
                return true;
        }

        return false;
    }
}
