namespace NewsBot.Core.Evaluation;

/// <summary>A labelled article for relevance: <paramref name="Split"/> is "tune", "heldout" or null when unsplit.</summary>
public sealed record RelevanceItem(string Id, string Title, string Text, bool Relevant, string? Split);
