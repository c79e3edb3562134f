using System.Globalization;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>/status: what the store holds and what failed to ingest.</summary>
public sealed class StatusHandler(INewsStore store) : ICommandHandler
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
        return new ChatAnswer("NewsBot status", sections);
    }
}
