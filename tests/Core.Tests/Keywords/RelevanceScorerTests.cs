using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;

namespace NewsBot.Core.Tests.Keywords;

public sealed class RelevanceScorerTests
{
    private const string Filler = "Officials spoke at length about budgets, schedules and the weather in the capital over the weekend.";

    private static CompiledProfile Profile(Action<TopicProfile>? change = null)
    {
        var profile = new TopicProfile
        {
            Name = "test",
            Threshold = 4,
            Terms =
            [
                new WeightedTerm { Text = "reassurance force", Weight = 4 },
                new WeightedTerm { Text = "defence", Weight = 1 },
                new WeightedTerm { Text = "ceasefire", Weight = 2 },
            ],
        };
        change?.Invoke(profile);
        return new CompiledProfile(profile);
    }

    private static Relevance Score(string title, string text, CompiledProfile? profile = null) =>
        RelevanceScorer.Score(new Article("a1", title, text), profile ?? Profile());

    [Fact]
    public void Score_PhraseInBody_AddsItsWeight()
    {
        var relevance = Score("Update", Filler + "\n" + "Later, the reassurance force was discussed.");

        var match = Assert.Single(relevance.Matches);
        Assert.Equal("reassurance force", match.Term);
        Assert.Equal(4, match.Weight);
        Assert.True(relevance.IsRelevant);
    }

    [Fact]
    public void Score_PhraseWordsApart_DoNotMatch()
    {
        var relevance = Score("Update", Filler + "\n" + "Reassurance came from the force commander.");

        Assert.Empty(relevance.Matches);
        Assert.False(relevance.IsRelevant);
    }

    [Fact]
    public void Score_Headline_CountsDoubleAndHasNoPosition()
    {
        var relevance = Score("Reassurance force ready", Filler);

        var match = Assert.Single(relevance.Matches);
        Assert.Equal(8, match.Weight);
        Assert.Equal(-1, match.Position);
    }

    [Fact]
    public void Score_FirstParagraph_CountsMoreThanLaterText()
    {
        var lead = Score("Update", "The reassurance force met on Monday in Paris to plan its first deployment in detail.\n" + Filler);
        var later = Score("Update", Filler + "\n" + "The reassurance force met on Monday.");

        Assert.True(lead.Score > later.Score);
        Assert.Equal(6, lead.Score);
    }

    [Fact]
    public void Score_RepeatedTerm_AddsLessEachTime()
    {
        var once = Score("Update", Filler + "\n" + "A ceasefire.");
        var thrice = Score("Update", Filler + "\n" + "A ceasefire. A ceasefire. A ceasefire.");

        Assert.Equal(2, once.Score);
        Assert.Equal(3, thrice.Matches[0].Count);
        Assert.True(thrice.Score > once.Score && thrice.Score < 3 * once.Score);
    }

    [Fact]
    public void Score_MissingRequiredGroup_IsNotRelevantAndSaysWhich()
    {
        var profile = Profile(p => p.Required = [["Ukraine", "Kyiv"]]);

        var relevance = Score("Reassurance force ready", Filler, profile);

        Assert.False(relevance.IsRelevant);
        Assert.Contains("no required context (Ukraine / Kyiv)", relevance.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RequiredGroupMatched_AddsNothingButAllowsRelevance()
    {
        var profile = Profile(p => p.Required = [["Kyiv"]]);

        var relevance = Score("Reassurance force ready", Filler + "\nTalks in Kyiv.", profile);

        Assert.True(relevance.IsRelevant);
        Assert.Equal(8, relevance.Score);
    }

    [Fact]
    public void Score_ExcludedContext_SubtractsItsWeight()
    {
        var profile = Profile(p => p.Excluded = [new WeightedTerm { Text = "Iraq", Weight = 6 }]);

        var relevance = Score("Reassurance force ready", Filler + "\nThe mission recalled Iraq.", profile);

        Assert.Contains(relevance.Matches, m => m.Term == "Iraq" && m.Weight == -6);
        Assert.Equal(2, relevance.Score);
        Assert.False(relevance.IsRelevant);
    }

    [Fact]
    public void Score_EntityAlias_MatchesUnderTheEntityName()
    {
        var profile = Profile(p => p.Entities =
        [
            new TopicEntity { Name = "Sébastien Lecornu", Aliases = ["Lecornu"], Weight = 1 },
        ]);

        var relevance = Score("Update", Filler + "\nLecornu spoke.", profile);

        var match = Assert.Single(relevance.Matches);
        Assert.Equal("Sébastien Lecornu", match.Term);
    }

    [Theory]
    // American spelling meets the profile's British one.
    [InlineData("defense", "defence")]
    [InlineData("Defense", "defence")]
    // Hyphenated and split forms meet the closed compound.
    [InlineData("cease-fire", "ceasefire")]
    [InlineData("cease fire", "ceasefire")]
    [InlineData("Cease-fire", "ceasefire")]
    // Diacritics fold both ways.
    [InlineData("Sebastien Lecornu", "Sébastien Lecornu")]
    [InlineData("Sébastien Lecornu", "Sebastien Lecornu")]
    // Stemming: plurals and inflections meet the singular.
    [InlineData("ceasefires", "ceasefire")]
    [InlineData("reassurance forces", "reassurance force")]
    public void Score_SpellingVariant_MatchesProfileTerm(string inText, string inProfile)
    {
        var profile = new CompiledProfile(new TopicProfile
        {
            Name = "variants",
            Threshold = 1,
            Terms = [new WeightedTerm { Text = inProfile, Weight = 1 }],
        });

        var relevance = Score("Update", Filler + "\nThey talked about " + inText + " today.", profile);

        Assert.Equal(inProfile, Assert.Single(relevance.Matches).Term);
    }

    [Fact]
    public void Score_TermsThatStemAlike_CountOnce()
    {
        var profile = Profile(p => p.Terms.Add(new WeightedTerm { Text = "reassurance forces", Weight = 4 }));

        var relevance = Score("Update", Filler + "\nThe reassurance force met.", profile);

        Assert.Equal(4, Assert.Single(relevance.Matches).Weight);
    }

    [Fact]
    public void Score_FullNameThenSurnameAlias_CountsOneMention()
    {
        var profile = Profile(p => p.Entities =
        [
            new TopicEntity { Name = "John Healey", Aliases = ["Healey"], Weight = 1 },
        ]);

        var relevance = Score("Update", Filler + "\nJohn Healey spoke.", profile);

        var match = Assert.Single(relevance.Matches);
        Assert.Equal(1, match.Count);
        Assert.Equal(1, match.Weight);
    }

    [Fact]
    public void Score_BelowThreshold_IsNotRelevantAndSaysSo()
    {
        var relevance = Score("Update", Filler + "\nA ceasefire.");

        Assert.False(relevance.IsRelevant);
        Assert.Equal("score 2 below threshold 4", relevance.Reason);
    }
}
