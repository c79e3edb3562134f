using NewsBot.Core.Text;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// Keyphrase precision, recall and F-score at k with stemmed exact matching, as in the pke benchmark: both sides are
/// reduced to their word stems, duplicate predictions (same stems) count once, and a prediction is correct only when
/// its stems equal a gold phrase's stems. Pure and thread-safe.
/// </summary>
public static class KeyphraseScore
{
    /// <summary>Precision, recall and F1 (each 0..1) of the first <paramref name="k"/> distinct predictions.</summary>
    public static PrecisionRecall AtK(IEnumerable<string> predicted, IEnumerable<string> gold, int k)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var goldKeys = gold.Select(Key).Where(g => g.Length > 0).ToHashSet(StringComparer.Ordinal);
        var top = predicted.Select(Key).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Take(k).ToList();
        var correct = top.Count(goldKeys.Contains);
        return PrecisionRecall.From(correct, top.Count, goldKeys.Count);
    }

    /// <summary>A phrase as its space-joined word stems ("Security Guarantees" -> "secur guarante").</summary>
    public static string Key(string phrase) => KeyphraseExtractor.StemKey(phrase);
}
