namespace NewsBot.Core.Evaluation;

/// <summary>The outcome of a keyphrase evaluation, each score between 0 and 1.</summary>
/// <param name="Items">Documents evaluated.</param>
/// <param name="Precision">Mean precision at k.</param>
/// <param name="Recall">Mean recall at k.</param>
/// <param name="F1">Mean F-score at k.</param>
public sealed record KeyphraseReport(int Items, double Precision, double Recall, double F1);
