using NewsBot.Core.Storage;

namespace NewsBot.Core.Digests;

/// <summary>Articles about the same event, with the one that best represents them.</summary>
public sealed record Story(StoredArticle Lead, IReadOnlyList<StoredArticle> Articles, double Importance);
