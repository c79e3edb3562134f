using NewsBot.Core.Keywords;
using NewsBot.Core.Text;

namespace NewsBot.Core.Evaluation;

/// <summary>Mean ROUGE-1 F1 of the summarizer, and of the first N sentences as a baseline, against reference summaries.</summary>
public static class SummaryEvaluation
{
    /// <summary>Summarises every item with <paramref name="sentences"/> sentences and averages ROUGE-1 F1.</summary>
    public static SummaryReport Run(IEnumerable<SummaryItem> items, int sentences, CompiledProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sentences);
        var count = 0;
        double system = 0, lead = 0;
        foreach (var item in items)
        {
            count++;
            system += Rouge.Rouge1F1(string.Join(' ', Summarizer.Summarize(item.Text, profile, sentences)), item.Summary);
            var leadSentences = SentenceSplitter.Split(item.Text).Take(sentences).Select(s => s.Of(item.Text));
            lead += Rouge.Rouge1F1(string.Join(' ', leadSentences), item.Summary);
        }

        return count == 0 ? new SummaryReport(0, 0, 0) : new SummaryReport(count, system / count, lead / count);
    }
}
