using System.Globalization;
using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>
/// /feeds list | add URL | remove URL: the RSS/Atom feeds the bot polls. Anyone may list; only admins may add or
/// remove, and an added URL must pass the SSRF guard (http/https, public addresses only).
/// </summary>
public sealed class FeedsHandler(IFeedStateStore feeds, FeedUrlGuard guard, FeedDefaults defaults) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "feeds";

    /// <inheritdoc />
    public string Usage => "list | add URL | remove URL";

    /// <inheritdoc />
    public string Description => "The RSS/Atom feeds polled, with their health; admins add and remove them";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = request.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = parts.Length == 0 ? "list" : parts[0].ToLowerInvariant();
        var argument = parts.Length > 1 ? parts[1] : "";
        return verb switch
        {
            "list" => await ListAsync(cancellationToken),
            "add" or "remove" when !request.IsAdmin => ChatAnswer.Text("Not allowed", "Only admins can add or remove feeds.", ephemeral: true),
            "add" => await AddAsync(argument, request.UserId, cancellationToken),
            "remove" => await RemoveAsync(argument, cancellationToken),
            _ => ChatAnswer.Text("Feeds", $"Usage: /feeds {Usage}", ephemeral: true),
        };
    }

    private async Task<ChatAnswer> ListAsync(CancellationToken cancellationToken)
    {
        var all = await feeds.ListFeedsAsync(cancellationToken);
        if (all.Count == 0)
            return ChatAnswer.Text("Feeds", "No feeds yet. An admin can add one with /feeds add URL.");
        var text = new StringBuilder();
        foreach (var feed in all.OrderBy(f => f.Url.AbsoluteUri, StringComparer.Ordinal))
            text.Append(FeedHealth.Describe(feed)).Append('\n');
        return ChatAnswer.Text("Feeds", text.ToString().TrimEnd());
    }

    private async Task<ChatAnswer> AddAsync(string argument, string userId, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(argument, UriKind.Absolute, out var url))
            return ChatAnswer.Text("Feeds", "Give the feed's full address: /feeds add https://example.org/rss", ephemeral: true);
        if (await guard.RefusalAsync(url, cancellationToken) is { } refusal)
            return ChatAnswer.Text("Feed refused", refusal, ephemeral: true);
        var existing = await feeds.ListFeedsAsync(cancellationToken);
        if (existing.Any(f => f.Url == url))
            return ChatAnswer.Text("Feeds", $"{url} is already polled.", ephemeral: true);
        await feeds.UpsertFeedAsync(new FeedState(url, defaults.IntervalSeconds, false) { AddedBy = userId }, cancellationToken);
        return ChatAnswer.Text("Feed added", string.Create(CultureInfo.InvariantCulture, $"{url} will be polled every {defaults.IntervalSeconds / 60} min."));
    }

    private async Task<ChatAnswer> RemoveAsync(string argument, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(argument, UriKind.Absolute, out var url))
            return ChatAnswer.Text("Feeds", "Give the feed's full address: /feeds remove https://example.org/rss", ephemeral: true);
        return await feeds.RemoveFeedAsync(url, cancellationToken)
            ? ChatAnswer.Text("Feed removed", $"{url} is no longer polled.")
            : ChatAnswer.Text("Feeds", $"{url} is not among the feeds.", ephemeral: true);
    }
}
