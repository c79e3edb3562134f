namespace NewsBot.Core.Chat;

/// <summary>One block of an answer: a story, a list of quotes, a status table.</summary>
/// <param name="Heading">The section's heading, if any.</param>
/// <param name="Body">Plain text paragraphs, if any. Never markup: each renderer escapes it.</param>
public sealed record AnswerSection(string? Heading, string? Body)
{
    /// <summary>Quotes to show with their speakers.</summary>
    public IReadOnlyList<AnswerQuote> Quotes { get; init; } = [];

    /// <summary>Links to sources.</summary>
    public IReadOnlyList<AnswerLink> Links { get; init; } = [];
}
