using NewsBot.Core.Text;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// ROUGE-1: unigram overlap between a candidate summary and a reference, on lower-cased, diacritic-folded word
/// tokens without stemming or stop-word removal (the plain ROUGE-1 of Lin 2004). Pure and thread-safe.
/// </summary>
public static class Rouge
{
    /// <summary>
    /// The ROUGE-1 F1 of <paramref name="candidate"/> against <paramref name="reference"/>: each reference word can
    /// be matched at most as many times as it occurs (clipped counts). Zero when either side has no words.
    /// </summary>
    public static double Rouge1F1(string candidate, string reference)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        var candidateCounts = Counts(candidate, out var candidateTotal);
        var referenceCounts = Counts(reference, out var referenceTotal);
        if (candidateTotal == 0 || referenceTotal == 0)
            return 0;
        var overlap = 0;
        foreach (var (word, count) in candidateCounts)
            overlap += Math.Min(count, referenceCounts.GetValueOrDefault(word));
        if (overlap == 0)
            return 0;
        var precision = (double)overlap / candidateTotal;
        var recall = (double)overlap / referenceTotal;
        return 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Counts(string text, out int total)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        total = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            counts[token.Value] = counts.GetValueOrDefault(token.Value) + 1;
            total++;
        }

        return counts;
    }
}
