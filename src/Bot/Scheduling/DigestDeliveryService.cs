using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Operations;
using NewsBot.Bot.Platforms;
using NewsBot.Core.Digests;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Scheduling;

/// <summary>
/// Posts a channel's digest for a period exactly once, across restarts and instances. The delivery log is claimed
/// before posting and marked delivered after. Policy for a crash between the two (a claim left Started): the digest
/// is NOT posted again automatically, because the platform may have shown it already; it is logged and listed in
/// /status as in doubt for a person to check. A post that certainly failed (an exception from building or from the
/// sender) releases the claim, so the next fire can post it; the idempotency key goes to the sender so a platform
/// with a nonce (Discord) can drop a duplicate of a post whose answer was lost. Thread-safe.
/// </summary>
public sealed partial class DigestDeliveryService(
    DigestBuilder digests, IDeliveryLog log, IEnumerable<IDigestSender> senders, TimeProvider clock, BotInstance instance,
    ILogger<DigestDeliveryService> logger)
{
    private readonly Dictionary<string, IDigestSender> _senders = senders.ToDictionary(s => s.Platform, StringComparer.OrdinalIgnoreCase);

    /// <summary>Delivers <paramref name="target"/>'s digest for <paramref name="period"/>; <paramref name="late"/> marks a caught-up misfire.</summary>
    public async Task<DeliveryOutcome> DeliverAsync(ChannelSubscription target, DigestPeriod period, bool late, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(period);
        if (!_senders.TryGetValue(target.Platform, out var sender))
            throw new InvalidOperationException($"No digest sender for platform '{target.Platform}' (channel {target.ChannelId}); is the platform configured?");
        var key = DeliveryKey.For(target, period);
        var existing = await log.TryClaimAsync(key, instance.Id, clock.GetUtcNow(), late, cancellationToken);
        if (existing is not null)
        {
            if (existing.Status == DeliveryStatus.Delivered)
            {
                LogAlreadyDelivered(key, existing.Instance);
                return DeliveryOutcome.AlreadyDelivered;
            }

            LogInDoubt(key, existing.Instance, existing.StartedAt);
            return DeliveryOutcome.InDoubt;
        }

        string? messageIds;
        try
        {
            var answer = await digests.BuildAsync(period, target.Profile, cancellationToken);
            if (late)
                answer = answer with { Footer = $"{answer.Footer} · late: scheduled for {period.To.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" };
            messageIds = await sender.SendDigestAsync(target.ChannelId, answer, key, cancellationToken);
        }
        catch (Exception e)
        {
            // Nothing reached the channel (or the platform's nonce drops a repeat): let the next fire try again.
            await log.ReleaseAsync(key, CancellationToken.None);
            LogReleased(e, key);
            throw;
        }

        // Posted: record it even if shutdown was requested meanwhile, or the next start would find it in doubt.
        await log.MarkDeliveredAsync(key, messageIds, clock.GetUtcNow(), CancellationToken.None);
        NewsBotMetrics.DigestPosted(target.Platform, late);
        LogPosted(key, late);
        return late ? DeliveryOutcome.PostedLate : DeliveryOutcome.Posted;
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Digest {Key} posted (late: {Late})")]
    private partial void LogPosted(string key, bool late);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Digest {Key} was already delivered by {Instance}; not posting again")]
    private partial void LogAlreadyDelivered(string key, string instance);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Digest {Key} was claimed by {Instance} at {StartedAt} but never confirmed; not re-posting (see /status)")]
    private partial void LogInDoubt(string key, string instance, DateTimeOffset startedAt);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Digest {Key} failed before it was posted; claim released for the next attempt")]
    private partial void LogReleased(Exception exception, string key);
}
