using NewsBot.Core.Quotes;

namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>Lists what a run got wrong in one article, for reading errors: missed quotes and wrong speakers.</summary>
public static class QuoteMisses
{
    /// <summary>One line per annotated quote (with marks, or indirect) that no finding overlaps at 0.3, or whose speaker differs.</summary>
    public static IEnumerable<string> Describe(GoldArticle article, IReadOnlyList<QuoteFinding> found, bool quoted)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(found);
        foreach (var gold in article.Quotes.Where(q => q.Quoted == quoted))
        {
            var (start, end) = (gold.Spans[0].Start, gold.Spans[^1].End);
            var hit = found.Where(f => (f.Quote.Kind != QuoteKind.Indirect) == quoted)
                .FirstOrDefault(f => Math.Min(end, Math.Max(f.ClauseEnd, f.Quote.End)) - Math.Max(start, Math.Min(f.ClauseStart, f.Quote.Start)) > (end - start) * 0.3);
            var context = article.Text[Math.Max(0, start - 60)..Math.Min(article.Text.Length, end + 60)].ReplaceLineEndings(" / ");
            if (hit is null)
                yield return $"MISS [{gold.Speaker}] {context}";
            else if (gold.AcceptedSpeakers.Count > 0 && !SpeakerMatcher.Matches(hit.Quote.Speaker, gold.AcceptedSpeakers))
                yield return $"WHO  [{string.Join(" | ", gold.AcceptedSpeakers)}] got [{hit.Quote.Speaker}] {context}";
        }

        foreach (var f in found.Where(f => (f.Quote.Kind != QuoteKind.Indirect) == quoted))
        {
            var any = article.Quotes.Any(g => g.Quoted == quoted && g.Spans.Any(s => Math.Min(s.End, f.ClauseEnd) > Math.Max(s.Start, f.ClauseStart)));
            if (!any)
                yield return $"FALSE [{f.Quote.Speaker}] {f.Quote.Text}";
        }
    }
}
