using System.Diagnostics.Metrics;
using NewsBot.Core.Analysis;
using NewsBot.Core.Keywords;

namespace NewsBot.Core.Tests.Analysis;

public sealed class RelevanceMetricsTests
{
    [Fact]
    public void Record_Analyses_CountsEachDecisionWithProfileAndResult()
    {
        var profile = "metrics-" + Guid.NewGuid().ToString("N");
        var seen = new List<(long Value, bool Relevant)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "NewsBot" && instrument.Name == "newsbot.relevance.decisions")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var tagList = tags.ToArray();
            if (tagList.Any(t => t.Key == "profile" && Equals(t.Value, profile)))
            {
                lock (seen)
                    seen.Add((value, (bool)tagList.Single(t => t.Key == "relevant").Value!));
            }
        });
        listener.Start();

        RelevanceMetrics.Record([Analysis(profile, true), Analysis(profile, false), Analysis(profile, true)]);

        Assert.Equal(3, seen.Count);
        Assert.Equal(2, seen.Count(s => s.Relevant));
        Assert.All(seen, s => Assert.Equal(1, s.Value));
    }

    private static ArticleAnalysis Analysis(string profile, bool relevant) =>
        new(new Relevance(profile, relevant ? 9 : 1, relevant, [], "test"), [], [], []);
}
