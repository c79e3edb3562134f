using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Keywords;

public sealed class CoalitionProfileTests
{
    private static readonly CompiledProfile Coalition = new(TopicProfileLoader.LoadFile(FindProfile()));

    private static string FindProfile()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "profiles", "coalition.json");
            if (File.Exists(path))
                return path;
        }

        throw new FileNotFoundException("profiles/coalition.json");
    }

    [Theory]
    [InlineData(
        "Coalition of the willing agrees reassurance force plan for Ukraine",
        "European defence ministers agreed in Paris on Thursday to set up a reassurance force that would deploy to Ukraine once a ceasefire is in place.\nThe coalition of the willing, led by Britain and France, said security guarantees would be backed by air cover.")]
    [InlineData(
        "Allies discuss US backstop for Kyiv security guarantees",
        "Officials said the United States could provide a backstop for a European-led force after a truce, as talks on security guarantees for Kyiv continued in Washington.")]
    public void Score_OnTopicArticle_IsRelevant(string title, string text)
    {
        var relevance = RelevanceScorer.Score(new Article("t", title, text), Coalition);

        Assert.True(relevance.IsRelevant, relevance.Reason);
    }

    [Theory]
    // A battlefield report: Ukraine all over, but no coalition, guarantees or talks.
    [InlineData(
        "Drone strikes hit eastern Ukraine overnight",
        "Russian drones struck energy facilities in eastern Ukraine overnight, regional officials said, as fighting continued along the front line near Pokrovsk. Ukrainian air defences shot down most of the drones.")]
    // A German government coalition.
    [InlineData(
        "Berlin coalition partners clash over budget",
        "Germany's governing coalition was split on Tuesday over the draft budget, with the Bundestag due to vote next week. The coalition government needs every vote.")]
    // The 2003 Iraq coalition of the willing.
    [InlineData(
        "Coalition of the willing marks anniversary of Iraq invasion",
        "Veterans of the coalition of the willing gathered to mark twenty years since the invasion of Iraq, when US and British troops entered Baghdad and toppled Saddam Hussein.")]
    // A sports coalition.
    [InlineData(
        "Clubs form coalition to fight league reforms",
        "A coalition of football clubs said it would oppose the proposed league reforms, calling for talks with the governing body before the new season.")]
    public void Score_NearMiss_IsNotRelevant(string title, string text)
    {
        var relevance = RelevanceScorer.Score(new Article("n", title, text), Coalition);

        Assert.False(relevance.IsRelevant, $"score {relevance.Score}: {relevance.Reason}");
    }

    [Theory]
    // Roles the profile gives the beat's cast: an article that names the person without the role still means them.
    [InlineData("Friedrich Merz arrived in Kyiv on Monday. Foreign Minister Andrii Sybiha called the visit timely.\nThe chancellor said Germany would help to guarantee a ceasefire.", "Friedrich Merz")]
    [InlineData("Alexander Stubb arrived in Oslo. Prime Minister Jonas Gahr Store welcomed him.\nThe Finnish president said the coalition was ready.", "Alexander Stubb")]
    [InlineData("Richard Marles visited the crews.\nThe aircraft would not enter Ukrainian airspace, the defence minister told reporters.", "Richard Marles")]
    public void SeededCast_RoleTheArticleNeverGives_FindsThePerson(string text, string speaker)
    {
        var extractor = new RuleQuoteExtractor(IdentityResolver.FromProfiles([TopicProfileLoader.LoadFile(FindProfile())]));

        var quote = Assert.Single(extractor.Extract(new Article("s", "Headline", text)));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void SeededCast_CarriesNoWeight_SoNamingThePeopleScoresNothing()
    {
        var relevance = RelevanceScorer.Score(
            new Article("c", "Merz, Meloni and Tusk meet", "Friedrich Merz, Giorgia Meloni and Donald Tusk met Kaja Kallas and Sergei Lavrov's envoy."), Coalition);

        Assert.Equal(0, relevance.Score);
    }

    [Fact]
    public void SeededCast_GenderTheProfileGives_BeatsTheFirstNameList()
    {
        // "Kristen" reads as a woman's name; the profile says Kristen Michal is a man, so "he" finds him.
        var extractor = new RuleQuoteExtractor(IdentityResolver.FromProfiles([TopicProfileLoader.LoadFile(FindProfile())]));
        const string text = "Lithuanian President Gitanas Nauseda said Vilnius would help.\nEstonian Prime Minister Kristen Michal stressed that the offer stood.\n\"Nato defends the Baltic,\" he said.";

        var quote = Assert.Single(extractor.Extract(new Article("s", "Headline", text)), q => q.Text == "Nato defends the Baltic");

        Assert.Equal("Kristen Michal", quote.Speaker);
    }
}
