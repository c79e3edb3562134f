using Npgsql;

namespace NewsBot.Core.Storage.Postgres;

/// <summary>Feed state and channel subscriptions.</summary>
public sealed partial class PostgresNewsStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<FeedState>> ListFeedsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT url, interval_seconds, full_text, etag, last_modified, last_success, last_attempt, last_error, consecutive_failures, added_by FROM feeds ORDER BY url COLLATE \"C\"");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var feeds = new List<FeedState>();
        while (await reader.ReadAsync(cancellationToken))
            feeds.Add(ReadFeed(reader));
        return feeds;
    }

    private static FeedState ReadFeed(NpgsqlDataReader reader) =>
        new(new Uri(reader.GetString(0)), reader.GetInt32(1), reader.GetBoolean(2))
        {
            ETag = NullableString(reader, 3),
            LastModified = NullableTime(reader, 4),
            LastSuccess = NullableTime(reader, 5),
            LastAttempt = NullableTime(reader, 6),
            LastError = NullableString(reader, 7),
            ConsecutiveFailures = reader.GetInt32(8),
            AddedBy = NullableString(reader, 9),
        };

    /// <inheritdoc />
    public async Task UpsertFeedAsync(FeedState feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null,
            """
            INSERT INTO feeds(url, interval_seconds, full_text, etag, last_modified, last_success, last_attempt, last_error, consecutive_failures, added_by)
            VALUES (@u, @i, @f, @e, @m::timestamptz, @s::timestamptz, @a::timestamptz, @err, @c, @by)
            ON CONFLICT (url) DO UPDATE SET interval_seconds = excluded.interval_seconds, full_text = excluded.full_text, etag = excluded.etag,
                last_modified = excluded.last_modified, last_success = excluded.last_success, last_attempt = excluded.last_attempt,
                last_error = excluded.last_error, consecutive_failures = excluded.consecutive_failures, added_by = excluded.added_by
            """, cancellationToken,
            ("u", feed.Url.ToString()), ("i", feed.IntervalSeconds), ("f", feed.FullText), ("e", feed.ETag), ("m", feed.LastModified),
            ("s", feed.LastSuccess), ("a", feed.LastAttempt), ("err", feed.LastError), ("c", feed.ConsecutiveFailures), ("by", feed.AddedBy));
    }

    /// <inheritdoc />
    public async Task<bool> RemoveFeedAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ExecuteAsync(connection, null, "DELETE FROM feeds WHERE url = @u", cancellationToken, ("u", url.ToString())) > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChannelSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT platform, channel_id, profile, cron, time_zone, created_by FROM subscriptions ORDER BY platform COLLATE \"C\", channel_id COLLATE \"C\", profile COLLATE \"C\"");
        return await StoreRows.ListAsync(command, StoreRows.Subscription, cancellationToken);
    }

    /// <inheritdoc />
    public async Task UpsertSubscriptionAsync(ChannelSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null,
            """
            INSERT INTO subscriptions(platform, channel_id, profile, cron, time_zone, created_by) VALUES (@p, @c, @pr, @cron, @tz, @by)
            ON CONFLICT (platform, channel_id, profile) DO UPDATE SET cron = excluded.cron, time_zone = excluded.time_zone, created_by = excluded.created_by
            """, cancellationToken,
            ("p", subscription.Platform), ("c", subscription.ChannelId), ("pr", subscription.Profile), ("cron", subscription.Cron),
            ("tz", subscription.TimeZone), ("by", subscription.CreatedBy));
    }

    /// <inheritdoc />
    public async Task<int> RemoveSubscriptionAsync(string platform, string channelId, string? profile, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await ExecuteAsync(connection, null,
            "DELETE FROM subscriptions WHERE platform = @p AND channel_id = @c AND (@pr::text IS NULL OR profile = @pr::text)", cancellationToken,
            ("p", platform), ("c", channelId), ("pr", profile));
    }
}
