using System.Text;
using NewsBot.Core.Keywords;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class SummarizerTests
{
    [Fact]
    public void Summarize_TwoSentenceArticle_ReturnsBothInOrder()
    {
        const string text = "The defence ministers met in Paris on Thursday. They agreed to meet again next month in London.";

        var summary = Summarizer.Summarize(text, null, 3);

        Assert.Equal(["The defence ministers met in Paris on Thursday.", "They agreed to meet again next month in London."], summary);
    }

    [Fact]
    public void Summarize_SameCoverage_PrefersTheFullReportingSentence()
    {
        const string Full = "Residents watched as flood barriers failed in the river town after weeks of quiet warnings from local engineers.";
        const string text = "Flood barriers failed in the river town. " + Full
            + " The river town now counts the cost of the flood. Barriers will be rebuilt before winter, the town council said.";

        var summary = Summarizer.Summarize(text, null, 1);

        Assert.Equal([Full], summary);
    }

    [Fact]
    public void Summarize_EmptyText_ReturnsNothing()
    {
        Assert.Empty(Summarizer.Summarize("", null));
    }

    [Fact]
    public void Summarize_OnlyShortLines_KeepsThemRatherThanNothing()
    {
        var summary = Summarizer.Summarize("Troops pledged\nAir cover offered", null, 3);

        Assert.Equal(["Troops pledged", "Air cover offered"], summary);
    }

    [Fact]
    public void Summarize_LongArticle_ReturnsWholeSentencesInArticleOrder()
    {
        var text = LongArticle(5000, out var sentences);

        var summary = Summarizer.Summarize(text, null, 3);

        Assert.Equal(3, summary.Count);
        var indexes = summary.Select(s => sentences.IndexOf(s)).ToList();
        Assert.DoesNotContain(-1, indexes);
        Assert.Equal(indexes.Order(), indexes);
    }

    [Fact]
    public void Summarize_DuplicateSentence_IsPickedOnlyOnce()
    {
        const string repeated = "The reassurance force for Ukraine will include troops from Britain and France.";
        var text = string.Join(' ',
            repeated,
            "Ministers said the reassurance force for Ukraine will include troops from Britain and France.",
            repeated,
            "The plan also foresees air cover from European jets over western Ukraine.",
            "Weather in Paris was mild and sunny for the whole of the meeting.");

        var summary = Summarizer.Summarize(text, null, 3);

        // One of the three near-identical sentences, whichever; never two of them.
        Assert.Single(summary, s => s.EndsWith("will include troops from Britain and France.", StringComparison.Ordinal));
        Assert.Contains(summary, s => s.Contains("air cover", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_ProfileTerms_PullTopicSentenceIn()
    {
        var profile = new CompiledProfile(new TopicProfile
        {
            Name = "t",
            Terms = [new WeightedTerm { Text = "backstop", Weight = 30 }],
        });
        const string text = "The city council met to discuss bins and the bin collection budget for next year. "
            + "Bin collection will move to fortnightly rounds, the council said of the bins. "
            + "Residents complained that bins were left unemptied by the council crews. "
            + "Separately, a minister mentioned a backstop in a short aside.";

        var withProfile = Summarizer.Summarize(text, profile, 2);
        var without = Summarizer.Summarize(text, null, 2);

        Assert.Contains(withProfile, s => s.Contains("backstop", StringComparison.Ordinal));
        Assert.DoesNotContain(without, s => s.Contains("backstop", StringComparison.Ordinal));
    }

    private static string LongArticle(int words, out List<string> sentences)
    {
        string[] subjects = ["The coalition", "European ministers", "The reassurance force", "Officials in Kyiv", "The Defence Secretary"];
        string[] verbs = ["discussed", "reviewed", "questioned", "welcomed", "postponed"];
        string[] objects = ["the deployment plan", "air cover over Ukraine", "the ceasefire monitoring", "security guarantees", "troop numbers"];
        sentences = [];
        var text = new StringBuilder();
        var count = 0;
        for (var i = 0; count < words; i++)
        {
            var sentence = $"{subjects[i % 5]} {verbs[i * 3 % 5]} {objects[i * 7 % 5]} at meeting number {i} in Paris on Tuesday.";
            sentences.Add(sentence);
            text.Append(sentence).Append(i % 6 == 5 ? '\n' : ' ');
            count += sentence.Split(' ').Length;
        }

        return text.ToString().Trim();
    }
}
