namespace NewsBot.Core.Evaluation;

/// <summary>Counts of a binary decision against labels.</summary>
/// <param name="TruePositives">Relevant and passed.</param>
/// <param name="FalsePositives">Off-topic but passed.</param>
/// <param name="FalseNegatives">Relevant but rejected.</param>
/// <param name="TrueNegatives">Off-topic and rejected.</param>
public readonly record struct ConfusionCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>All counted items.</summary>
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>Precision and recall of the positive class.</summary>
    public PrecisionRecall Scores => PrecisionRecall.From(TruePositives, TruePositives + FalsePositives, TruePositives + FalseNegatives);

    /// <summary>These counts with one more decision added.</summary>
    public ConfusionCounts Add(bool expected, bool predicted) => (expected, predicted) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (false, true) => this with { FalsePositives = FalsePositives + 1 },
        (true, false) => this with { FalseNegatives = FalseNegatives + 1 },
        _ => this with { TrueNegatives = TrueNegatives + 1 },
    };
}
