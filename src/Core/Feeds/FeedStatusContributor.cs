using NewsBot.Core.Chat;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Feeds;

/// <summary>The "Feeds" section of /status: each feed's last success and last error.</summary>
public sealed class FeedStatusContributor(IFeedStateStore feeds) : IStatusContributor
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<AnswerSection>> DescribeAsync(CancellationToken cancellationToken)
    {
        var all = await feeds.ListFeedsAsync(cancellationToken);
        if (all.Count == 0)
            return [];
        var lines = all.OrderBy(f => f.Url.AbsoluteUri, StringComparer.Ordinal).Select(FeedHealth.Describe);
        return [new AnswerSection("Feeds", string.Join('\n', lines))];
    }
}
