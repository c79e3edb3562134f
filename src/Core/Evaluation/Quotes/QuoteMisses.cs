using NewsBot.Core.Quotes;

namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>Lists what a run got wrong in one article, for reading errors: missed quotes, wrong speakers and false quotes.</summary>
public static class QuoteMisses
{
    /// <summary>
    /// One line per annotated quote (with marks, or indirect) that the scorer does not match at 0.3, or matches with
    /// the wrong speaker, and one per found quote that matches nothing; the same matching as <see cref="QuoteScorer"/>.
    /// </summary>
    public static IEnumerable<string> Describe(GoldArticle article, IReadOnlyList<QuoteFinding> found, bool quoted)
    {
        var judgement = QuoteScorer.Judge(article, found, quoted, QuoteScorer.Thresholds[0]);
        foreach (var outcome in judgement.Outcomes)
        {
            var gold = outcome.Gold;
            var (start, end) = (gold.Spans[0].Start, gold.Spans[^1].End);
            var context = article.Text[Math.Max(0, start - 60)..Math.Min(article.Text.Length, end + 60)].ReplaceLineEndings(" / ");
            if (!outcome.Matched)
                yield return outcome.Pieces.Count == 0 ? $"MISS [{gold.Speaker}] {context}" : $"PART [{gold.Speaker}] {Spans(article.Text, gold.Spans)} <> {Spans(article.Text, outcome.Pieces.Select(p => (p.Span.Start, p.Span.End)))}";
            else if (outcome.SpeakerRight == false)
                yield return $"WHO  [{string.Join(" | ", gold.AcceptedSpeakers)}] got [{outcome.Speaker}] {context}";
        }

        foreach (var piece in judgement.Unmatched)
            yield return $"FALSE [{piece.Speaker}] {piece.Text}";
    }

    // "PART" lines show the annotated span(s) and the found one(s), so the two conventions can be compared.
    private static string Spans(string text, IEnumerable<(int Start, int End)> spans) =>
        string.Join(" | ", spans.Select(s => text[s.Start..Math.Min(s.End, text.Length)].ReplaceLineEndings(" / ")));
}
