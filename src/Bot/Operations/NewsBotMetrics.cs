using System.Diagnostics.Metrics;

namespace NewsBot.Bot.Operations;

/// <summary>
/// NewsBot's own instruments on the "NewsBot" meter, exported by OpenTelemetry (Prometheus when enabled). Static so
/// any component (ingestion, platforms, scheduler) can record without a dependency; recording with no listener is
/// nearly free. Thread-safe.
/// </summary>
public static class NewsBotMetrics
{
    /// <summary>The meter's name, for OpenTelemetry's AddMeter and for listeners in tests.</summary>
    public const string MeterName = "NewsBot";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Ingested = Meter.CreateCounter<long>("newsbot.articles.ingested", "{article}", "Articles stored from feeds and the folder");
    private static readonly Counter<long> Rejected = Meter.CreateCounter<long>("newsbot.articles.rejected", "{article}", "Inputs rejected (duplicates, unreadable, quarantined)");
    private static readonly Counter<long> Digests = Meter.CreateCounter<long>("newsbot.digests.posted", "{digest}", "Digests posted by platform, late or on time");
    private static readonly Histogram<double> CommandLatency = Meter.CreateHistogram<double>("newsbot.command.duration", "ms", "Time to answer a chat command");
    private static readonly Counter<long> Reconnects = Meter.CreateCounter<long>("newsbot.platform.reconnects", "{reconnect}", "Platform connection re-establishments");
    private static readonly Counter<long> RateLimited = Meter.CreateCounter<long>("newsbot.platform.rate_limited", "{response}", "HTTP 429 responses from a platform");
    private static readonly Counter<long> Refused = Meter.CreateCounter<long>("newsbot.commands.throttled", "{command}", "Commands refused by NewsBot's own per-user or per-channel limit");

    /// <summary>Records <paramref name="count"/> stored articles from <paramref name="source"/> (folder, feed).</summary>
    public static void ArticlesIngested(string source, long count = 1) => Ingested.Add(count, new KeyValuePair<string, object?>("source", source));

    /// <summary>Records rejected inputs with the <paramref name="reason"/> (duplicate, unreadable, ...).</summary>
    public static void ArticlesRejected(string reason, long count = 1) => Rejected.Add(count, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>Records a digest posted on <paramref name="platform"/>.</summary>
    public static void DigestPosted(string platform, bool late) =>
        Digests.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("late", late));

    /// <summary>Records how long <paramref name="command"/> took to answer on <paramref name="platform"/>.</summary>
    public static void CommandAnswered(string platform, string command, TimeSpan elapsed) =>
        CommandLatency.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("command", command));

    /// <summary>Records a reconnect of <paramref name="platform"/>'s connection.</summary>
    public static void PlatformReconnected(string platform) => Reconnects.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>Records a 429 (rate limited) response from <paramref name="platform"/>.</summary>
    public static void PlatformRateLimited(string platform) => RateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>Records a command refused by NewsBot's own rate limit (<paramref name="scope"/>: user or channel).</summary>
    public static void CommandThrottled(string platform, string scope) =>
        Refused.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("scope", scope));
}
