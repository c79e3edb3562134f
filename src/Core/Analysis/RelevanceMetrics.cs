using System.Diagnostics.Metrics;

namespace NewsBot.Core.Analysis;

/// <summary>
/// Counts relevance decisions on the "NewsBot" meter (the host's OpenTelemetry exports it with its own instruments).
/// Core records through the runtime's metrics API only, so it stays free of any telemetry library. Thread-safe.
/// </summary>
public static class RelevanceMetrics
{
    private static readonly Meter Meter = new("NewsBot");
    private static readonly Counter<long> Decisions =
        Meter.CreateCounter<long>("newsbot.relevance.decisions", "{decision}", "Relevance decisions by profile and result");

    /// <summary>Records the decisions of one analysed article.</summary>
    public static void Record(IEnumerable<ArticleAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        foreach (var analysis in analyses)
        {
            Decisions.Add(1,
                new KeyValuePair<string, object?>("profile", analysis.Relevance.Profile),
                new KeyValuePair<string, object?>("relevant", analysis.Relevance.IsRelevant));
        }
    }
}
