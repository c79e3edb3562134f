using NewsBot.Core.Keywords;
using NewsBot.Core.Text;

namespace NewsBot.Core.Evaluation;

/// <summary>Mean precision, recall and F-score at k of the keyphrase extractor against gold keyphrases.</summary>
public static class KeyphraseEvaluation
{
    /// <summary>Extracts <paramref name="k"/> phrases per item and averages the per-document scores (macro average, as pke).</summary>
    public static KeyphraseReport Run(IEnumerable<KeyphraseItem> items, int k, CompiledProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var count = 0;
        double precision = 0, recall = 0, f1 = 0;
        foreach (var item in items)
        {
            count++;
            var score = KeyphraseScore.AtK(KeyphraseExtractor.Extract(item.Title, item.Text, profile, k), item.Keyphrases, k);
            precision += score.Precision;
            recall += score.Recall;
            f1 += score.F1;
        }

        return count == 0 ? new KeyphraseReport(0, 0, 0, 0) : new KeyphraseReport(count, precision / count, recall / count, f1 / count);
    }
}
