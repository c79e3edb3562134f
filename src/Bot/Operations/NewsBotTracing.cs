using System.Diagnostics;

namespace NewsBot.Bot.Operations;

/// <summary>
/// NewsBot's trace source: one activity per chat command and per scheduled job, exported by OpenTelemetry when
/// Operations:OtlpEndpoint is set. Starting an activity with no listener costs almost nothing.
/// </summary>
public static class NewsBotTracing
{
    /// <summary>The source's name, for OpenTelemetry's AddSource and for listeners in tests.</summary>
    public const string SourceName = "NewsBot";

    /// <summary>The activity source.</summary>
    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>Marks <paramref name="activity"/> failed with <paramref name="error"/>'s type (never its message: it may hold user text).</summary>
    public static void Failed(Activity? activity, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
    }
}
