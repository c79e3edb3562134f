using NewsBot.Core.Evaluation.Quotes;
using NewsBot.Core.Keywords;

namespace NewsBot.Core.Tests.Evaluation.Quotes;

public sealed class ProfileSpeakerNamesTests
{
    private static readonly TopicEntity[] Entities =
    [
        new() { Name = "Ministry of Coastal Defence", Kind = "institution", Aliases = ["the Admiralty House", "Coastal Ministry"] },
        new() { Name = "Ilse Varga", Kind = "person", Aliases = ["Varga", "Ilze Varga", "the Harbour Minister"] },
        new() { Name = "Port Ellery", Kind = "place", Aliases = ["Ellery"] },
    ];

    private static IReadOnlyList<string> AcceptedFor(string speaker)
    {
        var article = new GoldArticle("a", "tune", "text", [new GoldQuote([(0, 4)], true, speaker, [speaker])], MixedAsClause: false);
        return ProfileSpeakerNames.Accepting([article], Entities)[0].Quotes[0].AcceptedSpeakers;
    }

    [Fact]
    public void Accepting_AnInstitutionAnnotatedByAnAlias_AcceptsItsCanonicalName()
    {
        var accepted = AcceptedFor("Admiralty House");

        Assert.True(SpeakerMatcher.Matches("Ministry of Coastal Defence", accepted));
    }

    [Fact]
    public void Accepting_APersonAnnotatedByATransliteration_AcceptsTheProfileSpelling()
    {
        Assert.True(SpeakerMatcher.Matches("Ilse Varga", AcceptedFor("Ilze Varga")));
    }

    [Fact]
    public void Accepting_APersonsRoleAlias_IsNotAcceptedForThem()
    {
        // "the Harbour Minister" may be another holder of the office: it stays wrong for Ilse Varga.
        Assert.False(SpeakerMatcher.Matches("Harbour Minister", AcceptedFor("Ilse Varga")));
    }

    [Fact]
    public void Accepting_ASpeakerNoProfileNames_KeepsOnlyTheAnnotation()
    {
        Assert.Equal(["Coastal Guard"], AcceptedFor("Coastal Guard"));
        Assert.Equal(["Ellery"], AcceptedFor("Ellery"));
    }
}
