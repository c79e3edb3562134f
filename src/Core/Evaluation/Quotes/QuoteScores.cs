namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>Counts for one kind of quote at one overlap threshold, and the rates they give.</summary>
/// <param name="Gold">Annotated quotes.</param>
/// <param name="Predicted">Quotes the bot found.</param>
/// <param name="MatchedGold">Annotated quotes matched by the bot's quotes.</param>
/// <param name="CorrectPredicted">Bot quotes that belong to a matched annotated quote.</param>
/// <param name="SpeakerJudged">Matched quotes whose annotation names a speaker.</param>
/// <param name="SpeakerRight">Of those, the ones the bot gave to the right speaker.</param>
/// <param name="PairPredictedRight">Bot quotes on a matched quote with the right speaker (for pair precision).</param>
public sealed record QuoteScores(int Gold, int Predicted, int MatchedGold, int CorrectPredicted, int SpeakerJudged, int SpeakerRight, int PairPredictedRight)
{
    /// <summary>Quote precision.</summary>
    public double Precision => Ratio(CorrectPredicted, Predicted);

    /// <summary>Quote recall.</summary>
    public double Recall => Ratio(MatchedGold, Gold);

    /// <summary>Quote F1.</summary>
    public double F1 => Harmonic(Precision, Recall);

    /// <summary>Speaker accuracy among matched quotes.</summary>
    public double SpeakerAccuracy => Ratio(SpeakerRight, SpeakerJudged);

    /// <summary>(quote, speaker) pair precision.</summary>
    public double PairPrecision => Ratio(PairPredictedRight, Predicted);

    /// <summary>(quote, speaker) pair recall.</summary>
    public double PairRecall => Ratio(SpeakerRight, Gold);

    /// <summary>(quote, speaker) pair F1.</summary>
    public double PairF1 => Harmonic(PairPrecision, PairRecall);

    /// <summary>The sum of two score sets.</summary>
    public static QuoteScores operator +(QuoteScores a, QuoteScores b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.MatchedGold + b.MatchedGold, a.CorrectPredicted + b.CorrectPredicted,
            a.SpeakerJudged + b.SpeakerJudged, a.SpeakerRight + b.SpeakerRight, a.PairPredictedRight + b.PairPredictedRight);
    }

    /// <summary>Alternative to the + operator.</summary>
    public static QuoteScores Add(QuoteScores left, QuoteScores right) => left + right;

    /// <summary>No quotes at all.</summary>
    public static QuoteScores Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
