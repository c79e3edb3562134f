using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;

namespace NewsBot.Core.Evaluation;

/// <summary>Scores labelled articles against a profile and counts the decisions per split.</summary>
public static class RelevanceEvaluation
{
    /// <summary>The split name used for items that carry none.</summary>
    public const string AllSplit = "all";

    /// <summary>Counts per split (and for all items together), with every wrong decision listed.</summary>
    public static RelevanceReport Run(IEnumerable<RelevanceItem> items, CompiledProfile profile)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(profile);
        var counts = new SortedDictionary<string, ConfusionCounts>(StringComparer.Ordinal);
        var errors = new List<RelevanceError>();
        double? highestOff = null, lowestOn = null;
        foreach (var item in items)
        {
            var relevance = RelevanceScorer.Score(new Article(item.Id, item.Title, item.Text), profile);
            foreach (var split in item.Split is null ? [AllSplit] : new[] { item.Split, AllSplit })
                counts[split] = counts.GetValueOrDefault(split).Add(item.Relevant, relevance.IsRelevant);
            if (item.Relevant)
                lowestOn = Math.Min(lowestOn ?? double.MaxValue, relevance.Score);
            else
                highestOff = Math.Max(highestOff ?? double.MinValue, relevance.Score);
            if (relevance.IsRelevant != item.Relevant)
                errors.Add(new RelevanceError(item.Id, item.Split, item.Relevant, relevance.Score, relevance.Reason, item.Title));
        }

        return new RelevanceReport(counts, errors, highestOff, lowestOn);
    }
}
