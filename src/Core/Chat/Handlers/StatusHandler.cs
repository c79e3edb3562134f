using System.Globalization;
using NewsBot.Core.Feeds;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>/status: what the store holds, what failed to ingest, and each feed's last success and last error.</summary>
public sealed class StatusHandler(INewsStore store, IFeedStateStore? feeds = null) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "status";

    /// <inheritdoc />
    public string Usage => "";

    /// <inheritdoc />
    public string Description => "Articles, quotes and ingest failures";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var stats = await store.GetStatisticsAsync(cancellationToken);
        var body = string.Create(CultureInfo.InvariantCulture,
            $"Articles: {stats.Articles} ({stats.RelevantArticles} relevant)\nQuotes: {stats.Quotes}\nQuarantined inputs: {stats.Quarantined}\nLast ingest: {stats.LastIngest?.ToString("u", CultureInfo.InvariantCulture) ?? "never"}");
        var sections = new List<AnswerSection> { new(null, body) };
        var failures = await store.ListQuarantineAsync(5, cancellationToken);
        if (failures.Count > 0)
            sections.Add(new AnswerSection("Recent ingest failures", string.Join('\n', failures.Select(f => $"{f.Origin}: {f.Error}"))));
        var feedStates = feeds is null ? [] : await feeds.ListFeedsAsync(cancellationToken);
        if (feedStates.Count > 0)
            sections.Add(new AnswerSection("Feeds", string.Join('\n', feedStates.OrderBy(f => f.Url.AbsoluteUri, StringComparer.Ordinal).Select(FeedHealth.Describe))));
        return new ChatAnswer("NewsBot status", sections);
    }
}
