using System.Globalization;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>/status: what the store holds and what failed to ingest, then what the contributors add (the schedule).</summary>
public sealed class StatusHandler : ICommandHandler
{
    private readonly INewsStore _store;
    private readonly IReadOnlyList<IStatusContributor> _contributors;

    /// <summary>A status answer from the store alone.</summary>
    public StatusHandler(INewsStore store)
        : this(store, [])
    {
    }

    /// <summary>A status answer from the store, followed by each contributor's sections in order.</summary>
    public StatusHandler(INewsStore store, IEnumerable<IStatusContributor> contributors)
    {
        _store = store;
        _contributors = [.. contributors];
    }

    /// <inheritdoc />
    public string Name => "status";

    /// <inheritdoc />
    public string Usage => "";

    /// <inheritdoc />
    public string Description => "Articles, quotes and ingest failures";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var stats = await _store.GetStatisticsAsync(cancellationToken);
        var body = string.Create(CultureInfo.InvariantCulture,
            $"Articles: {stats.Articles} ({stats.RelevantArticles} relevant)\nQuotes: {stats.Quotes}\nQuarantined inputs: {stats.Quarantined}\nLast ingest: {stats.LastIngest?.ToString("u", CultureInfo.InvariantCulture) ?? "never"}");
        var sections = new List<AnswerSection> { new(null, body) };
        var failures = await _store.ListQuarantineAsync(5, cancellationToken);
        if (failures.Count > 0)
            sections.Add(new AnswerSection("Recent ingest failures", string.Join('\n', failures.Select(f => $"{f.Origin}: {f.Error}"))));
        foreach (var contributor in _contributors)
            sections.AddRange(await contributor.DescribeAsync(cancellationToken));
        return new ChatAnswer("NewsBot status", sections);
    }
}
