namespace NewsBot.Core.Evaluation;

/// <summary>Precision, recall and their harmonic mean, each between 0 and 1.</summary>
/// <param name="Precision">Correct predictions over all predictions (0 when nothing was predicted).</param>
/// <param name="Recall">Correct predictions over all expected items (0 when nothing was expected).</param>
public readonly record struct PrecisionRecall(double Precision, double Recall)
{
    /// <summary>The F1 score: 0 when precision and recall are both 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>From counts of correct, predicted and expected items.</summary>
    public static PrecisionRecall From(int correct, int predicted, int expected)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(correct);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(correct, Math.Min(predicted, expected));
        return new(predicted == 0 ? 0 : (double)correct / predicted, expected == 0 ? 0 : (double)correct / expected);
    }
}
