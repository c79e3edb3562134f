namespace NewsBot.Core.Storage;

/// <summary>Articles ingested in [From, To) analysed for Profile.</summary>
public sealed record ArticleQuery(DateTimeOffset From, DateTimeOffset To, string Profile, bool RelevantOnly = true, int Limit = 1000);
