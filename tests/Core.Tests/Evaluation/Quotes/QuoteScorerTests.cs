using NewsBot.Core.Evaluation.Quotes;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Evaluation.Quotes;

public sealed class QuoteScorerTests
{
    private const string Text = "Tomas Brenn said: \"We will hold the line tonight.\" Then he left.";

    private static GoldArticle Gold(int start, int end, string speaker) =>
        new("a", "tune", Text, [new GoldQuote([(start, end)], true, speaker, [speaker])], MixedAsClause: false);

    private static QuoteFinding Found(int start, int end, string speaker) =>
        new(new Quote(speaker, null, Text[start..end], QuoteKind.Direct, start, end), start, end, SpeakerKind.Person);

    [Fact]
    public void Score_ExactQuoteRightSpeaker_AllOnes()
    {
        var s = QuoteScorer.Score(Gold(19, 49, "Tomas Brenn"), [Found(19, 49, "Tomas Brenn")], quoted: true, 0.8);
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (s.Precision, s.Recall, s.F1, s.SpeakerAccuracy));
    }

    [Fact]
    public void Score_HalfOverlap_MatchesAtPointThreeNotAtPointEight()
    {
        var gold = Gold(19, 49, "Tomas Brenn");
        var found = new[] { Found(19, 34, "Tomas Brenn") };
        Assert.Equal(1, QuoteScorer.Score(gold, found, true, 0.3).MatchedGold);
        Assert.Equal(0, QuoteScorer.Score(gold, found, true, 0.8).MatchedGold);
    }

    [Fact]
    public void Score_WrongSpeaker_CountsQuoteButNotPair()
    {
        var s = QuoteScorer.Score(Gold(19, 49, "Tomas Brenn"), [Found(19, 49, "Maria Quill")], true, 0.3);
        Assert.Equal(1.0, s.F1);
        Assert.Equal(0.0, s.SpeakerAccuracy);
        Assert.Equal(0.0, s.PairF1);
    }

    [Fact]
    public void Format_AllKindsRow_PoolsQuotedAndIndirectCounts()
    {
        var quoted = new QuoteScores(Gold: 4, Predicted: 4, MatchedGold: 4, CorrectPredicted: 4, SpeakerJudged: 4, SpeakerRight: 4, PairPredictedRight: 4);
        var indirect = new QuoteScores(Gold: 6, Predicted: 2, MatchedGold: 2, CorrectPredicted: 2, SpeakerJudged: 2, SpeakerRight: 1, PairPredictedRight: 1);
        var evaluation = new QuoteEvaluation(1, new Dictionary<(bool, double), QuoteScores> { [(true, 0.3)] = quoted, [(false, 0.3)] = indirect });

        var all = evaluation.ForAll(0.3);

        // 5 right pairs of 6 found and 10 annotated: P 0.833, R 0.5, F1 0.625.
        Assert.Equal(0.625, all.PairF1, 3);
        Assert.Contains("all kinds       >0.3       10     6   1.000  0.600  0.750  0.833        0.833  0.500  0.625", evaluation.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void Misses_InterruptedQuoteFoundInTwoPieces_IsNotListedButAFalseQuoteIs()
    {
        const string text = "\"We will hold,\" Tomas Brenn said. \"We will not move.\" Aides said \"the bridge is closed\" later.";
        var first = (1, 13);
        var second = (35, 51);
        var article = new GoldArticle("a", "tune", text, [new GoldQuote([first, second], true, "Tomas Brenn", ["Tomas Brenn"])], MixedAsClause: false);
        QuoteFinding Piece((int Start, int End) s, string speaker) =>
            new(new Quote(speaker, null, text[s.Start..s.End], QuoteKind.Direct, s.Start, s.End), s.Start, s.End, SpeakerKind.Person);
        var stray = (text.IndexOf("the bridge", StringComparison.Ordinal), text.IndexOf(" later", StringComparison.Ordinal) - 1);

        var lines = QuoteMisses.Describe(article, [Piece(first, "Tomas Brenn"), Piece(second, "Tomas Brenn"), Piece(stray, "aides")], quoted: true).ToList();

        Assert.Equal(1, QuoteScorer.Score(article, [Piece(first, "Tomas Brenn"), Piece(second, "Tomas Brenn")], true, 0.8).MatchedGold);
        var line = Assert.Single(lines);
        Assert.StartsWith("FALSE [aides] the bridge is closed", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Misses_OnePieceOfALongQuote_IsListedAsPartWithBothSpans()
    {
        var article = Gold(19, 49, "Tomas Brenn");
        var lines = QuoteMisses.Describe(article, [Found(19, 24, "Tomas Brenn")], quoted: true).ToList();
        // The piece matches nothing, so it is a false quote too, as precision counts it.
        Assert.Equal(["PART [Tomas Brenn] We will hold the line tonight. <> We wi", "FALSE [Tomas Brenn] We wi"], lines);
    }
}
