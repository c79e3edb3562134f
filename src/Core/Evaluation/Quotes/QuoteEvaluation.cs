using System.Globalization;
using System.Text;

namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>The scores of a run: per kind of quote (with marks or indirect) and per overlap threshold.</summary>
public sealed record QuoteEvaluation(int Articles, IReadOnlyDictionary<(bool Quoted, double Threshold), QuoteScores> Scores)
{
    /// <summary>The scores for quotes with marks (<paramref name="quoted"/>) or indirect ones, at a threshold.</summary>
    public QuoteScores For(bool quoted, double threshold) => Scores.GetValueOrDefault((quoted, threshold), QuoteScores.Empty);

    /// <summary>A plain-text table of every score.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"articles: {Articles}\n");
        text.Append("kind            overlap  gold  found   P      R      F1     speaker-acc  pair-P pair-R pair-F1\n");
        foreach (var quoted in new[] { true, false })
        {
            foreach (var threshold in QuoteScorer.Thresholds)
                AppendRow(text, quoted ? "direct+mixed" : "indirect", threshold, For(quoted, threshold));
        }

        // The (quote, speaker) pair figures over every quote, whatever its kind: what a reader of the answers meets.
        foreach (var threshold in QuoteScorer.Thresholds)
            AppendRow(text, "all kinds", threshold, ForAll(threshold));
        return text.ToString();
    }

    /// <summary>The scores of both kinds of quote together at a threshold.</summary>
    public QuoteScores ForAll(double threshold) => For(true, threshold) + For(false, threshold);

    private static void AppendRow(StringBuilder text, string kind, double threshold, QuoteScores s) =>
        text.Append(CultureInfo.InvariantCulture,
            $"{kind,-15} >{threshold:0.0}    {s.Gold,5} {s.Predicted,5}   {s.Precision:0.000}  {s.Recall:0.000}  {s.F1:0.000}  {s.SpeakerAccuracy:0.000}        {s.PairPrecision:0.000}  {s.PairRecall:0.000}  {s.PairF1:0.000}\n");
}
