namespace NewsBot.Core.Storage;

/// <summary>A quote search: any combination of speaker, topic words, exact phrase and period.</summary>
public sealed record QuoteQuery(string? Speaker = null, string? Topic = null, string? Phrase = null, DateTimeOffset? Since = null, int Limit = 10);
