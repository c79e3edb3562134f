using Moq;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Chat;
using NewsBot.Core.Chat.Handlers;
using NewsBot.Core.Keywords;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Chat.Handlers;

public sealed class WhyHandlerTests
{
    private static readonly ProfileCatalog Profiles = new(
        new Dictionary<string, CompiledProfile> { ["coalition"] = new(new TopicProfile { Name = "coalition", Terms = [new WeightedTerm { Text = "backstop" }] }) },
        "coalition");

    private static StoredArticle Stored(string id, string title, Relevance relevance) =>
        new(1, new Article(id, title, "Body."), DateTimeOffset.UnixEpoch, new ArticleAnalysis(relevance, [], [], []));

    private static WhyHandler Handler(params StoredArticle[] found)
    {
        var store = new Mock<INewsStore>();
        store.Setup(s => s.SearchArticlesAsync(It.IsAny<string>(), "coalition", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(found);
        return new WhyHandler(store.Object, Profiles);
    }

    private static ChatRequest Ask(string arguments) => new("console", "console", "u", "why", arguments);

    [Fact]
    public async Task HandleAsync_FoundArticle_ShowsVerdictAndEachMatchWithWeightAndPlace()
    {
        var relevance = new Relevance("coalition", 9.5, true,
            [new TermMatch("reassurance force", 8, -1, 1), new TermMatch("Ukraine", 3.5, 40, 3), new TermMatch("Iraq", -2, 90, 1)],
            "score 9.5 reaches threshold 8");
        var handler = Handler(Stored("a-1", "Paris hosts reassurance force", relevance));

        var answer = await handler.HandleAsync(Ask("Paris hosts"), CancellationToken.None);

        Assert.Equal("Why: Paris hosts reassurance force", answer.Title);
        Assert.Equal("Relevant to 'coalition': score 9.5 reaches threshold 8.", answer.Sections[0].Body);
        Assert.Equal(
            "+8 reassurance force (headline)\n+3.5 Ukraine ×3 (text, from character 40)\n-2 Iraq (text, from character 90) (excluded context)",
            answer.Sections[1].Body);
    }

    [Fact]
    public async Task HandleAsync_IdGiven_PrefersTheArticleWithThatId()
    {
        var none = new Relevance("coalition", 0, false, [], "score 0 below threshold 8");
        var handler = Handler(Stored("x-1", "First hit", none), Stored("wanted-7", "Second hit", none));

        var answer = await handler.HandleAsync(Ask("wanted-7"), CancellationToken.None);

        Assert.Equal("Why: Second hit", answer.Title);
        Assert.Equal("No topic term matched.", answer.Sections[1].Body);
    }

    [Fact]
    public async Task HandleAsync_ArticleInAnotherLanguage_SaysItWasNotAnalysedAndWhy()
    {
        var article = new StoredArticle(1, new Article("fr-1", "Le budget de la défense", "Corps.") { Language = "fr" }, DateTimeOffset.UnixEpoch,
            ArticleAnalysis.NotAnalysed("coalition", "fr"));

        var answer = await Handler(article).HandleAsync(Ask("budget"), CancellationToken.None);

        Assert.Equal("Not relevant to 'coalition': not analysed: the article's language is 'fr', and the topics and quote rules are English.", answer.Sections[0].Body);
        Assert.Equal("No topic term matched.", answer.Sections[1].Body);
    }

    [Fact]
    public async Task HandleAsync_NothingFound_SaysSo()
    {
        var answer = await Handler().HandleAsync(Ask("unknown words"), CancellationToken.None);

        Assert.Equal("No stored article matches 'unknown words'.", Assert.Single(answer.Sections).Body);
    }

    [Fact]
    public async Task HandleAsync_NoArgument_ShowsUsage()
    {
        var answer = await Handler().HandleAsync(Ask("  "), CancellationToken.None);

        Assert.True(answer.Ephemeral);
    }
}
