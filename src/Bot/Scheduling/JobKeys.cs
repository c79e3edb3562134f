using Quartz;

namespace NewsBot.Bot.Scheduling;

/// <summary>The scheduler's job and trigger names. Stable names matter: a clustered store finds its rows by them.</summary>
internal static class JobKeys
{
    public const string SystemGroup = "newsbot";
    public const string DigestGroup = "digests";

    public static readonly JobKey FeedPoll = new("feed-poll", SystemGroup);
    public static readonly JobKey FolderRescan = new("folder-rescan", SystemGroup);
    public static readonly JobKey Housekeeping = new("housekeeping", SystemGroup);
    public static readonly JobKey SubscriptionSync = new("subscription-sync", SystemGroup);

    /// <summary>The job of one channel's digest: platform:channel:profile.</summary>
    public static JobKey Digest(string platform, string channelId, string profile) => new($"{platform}:{channelId}:{profile}", DigestGroup);
}
