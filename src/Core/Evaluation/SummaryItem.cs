namespace NewsBot.Core.Evaluation;

/// <summary>An article with its reference summary.</summary>
public sealed record SummaryItem(string Id, string Title, string Text, string Summary);
