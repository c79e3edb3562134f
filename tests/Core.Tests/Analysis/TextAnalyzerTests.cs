using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Analysis;

public sealed class TextAnalyzerTests
{
    private static readonly CompiledProfile Profile = new(new TopicProfile
    {
        Name = "coalition",
        Threshold = 5,
        Terms = [new() { Text = "coalition of the willing", Weight = 5 }, new() { Text = "security guarantees", Weight = 4 }, new() { Text = "Ukraine", Weight = 1 }],
    });

    [Fact]
    public void Analyze_OnTopicArticle_IsRelevantWithSummaryAndAttributedQuote()
    {
        var article = new Article("t1", "Allies step up Coalition of the Willing planning",
            "European allies will speed up work on security guarantees for Ukraine, John Healey said on Tuesday after a meeting in Paris.\n" +
            "\"We are accelerating this work from today, and Moscow should take note,\" Mr Healey said.\n" +
            "Officials from more than thirty countries attended the talks, which ran late into the evening.\n" +
            "A further meeting is planned for next month in London, where military chiefs will present their plans.");

        var analysis = new TextAnalyzer(new SimpleQuoteExtractor()).Analyze(article, Profile);

        Assert.True(analysis.Relevance.IsRelevant, analysis.Relevance.Reason);
        Assert.Contains(analysis.Relevance.Matches, m => m.Term == "coalition of the willing");
        Assert.InRange(analysis.Summary.Count, 1, 3);
        Assert.All(analysis.Summary, s => Assert.Contains(s, article.Text, StringComparison.Ordinal));
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("John Healey", quote.Speaker);
        Assert.Equal(quote.Text, article.Text[quote.Start..quote.End]);
    }

    [Fact]
    public void Analyze_OffTopicArticle_IsNotRelevantAndSaysWhy()
    {
        var article = new Article("t2", "Council approves new bin collection timetable",
            "The council voted on Monday to move bin collections to a fortnightly schedule from April.");

        var analysis = new TextAnalyzer(new SimpleQuoteExtractor()).Analyze(article, Profile);

        Assert.False(analysis.Relevance.IsRelevant);
        Assert.Contains("below threshold", analysis.Relevance.Reason, StringComparison.Ordinal);
    }
}
