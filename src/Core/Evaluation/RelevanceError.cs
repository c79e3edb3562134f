namespace NewsBot.Core.Evaluation;

/// <summary>One wrong decision, with the score and reason the scorer gave.</summary>
public sealed record RelevanceError(string Id, string? Split, bool Expected, double Score, string Reason, string Title);
