using Moq;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Quotes;

public sealed class IdentityResolverTests
{
    private static IdentityResolver Seeded() => IdentityResolver.FromProfiles([new TopicProfile
    {
        Entities =
        [
            new TopicEntity { Name = "John Healey", Role = "UK Defence Secretary", Aliases = ["Healey", "the Defence Secretary"] },
            new TopicEntity { Name = "Sébastien Lecornu", Role = "French defence minister", Aliases = ["Lecornu"] },
            new TopicEntity { Name = "the Kremlin", Kind = "institution", Aliases = ["Kremlin"] },
        ],
    }]);

    [Theory]
    [InlineData("Mr Healey", "John Healey")]
    [InlineData("Healey", "John Healey")]
    [InlineData("John Healey", "John Healey")]
    [InlineData("Defence Secretary John Healey", "John Healey")]
    [InlineData("Sebastien Lecornu", "Sébastien Lecornu")]
    [InlineData("SÉBASTIEN LECORNU", "Sébastien Lecornu")]
    public void Resolve_KnownPerson_FoldsToCanonical(string name, string canonical)
    {
        Assert.Equal(canonical, Seeded().Resolve(name, SpeakerKind.Person).Canonical);
    }

    [Fact]
    public void Resolve_Institution_FoldsLeadingThe()
    {
        Assert.Equal("the Kremlin", Seeded().Resolve("Kremlin", SpeakerKind.Institution).Canonical);
    }

    [Fact]
    public void FindByRole_SeededAlias_FindsPerson()
    {
        Assert.Equal("John Healey", Seeded().FindByRole("the Defence Secretary")?.Canonical);
    }

    [Theory]
    [InlineData("the French defence minister", "Sébastien Lecornu")]
    // A country's possessive is its adjective.
    [InlineData("France's defence minister", "Sébastien Lecornu")]
    [InlineData("the Keston senator", null)]
    public void FindByRole_OnlyProfileRolesCount(string phrase, string? canonical)
    {
        // A role an article taught ("Keston senator") belongs to that article; the profile's roles hold everywhere.
        var resolver = Seeded();
        resolver.Resolve("Tomas Brenn", SpeakerKind.Person, "Keston senator");
        Assert.Equal(canonical, resolver.FindByRole(phrase)?.Canonical);
    }

    [Theory]
    [InlineData("the general", null)]
    [InlineData("the Nato secretary general", "Mark Rutte")]
    public void FindByRole_GeneralOfACivilTitle_IsNotTheRank(string phrase, string? canonical)
    {
        var resolver = IdentityResolver.FromProfiles([new TopicProfile
        {
            Entities = [new TopicEntity { Name = "Mark Rutte", Role = "Nato Secretary General", Aliases = ["Rutte"] }],
        }]);
        Assert.Equal(canonical, resolver.FindByRole(phrase)?.Canonical);
    }

    [Fact]
    public void Resolve_SurnameSharedByTwo_StaysAsWritten()
    {
        var resolver = new IdentityResolver();
        resolver.Resolve("Hillary Clinton", SpeakerKind.Person);
        resolver.Resolve("Bill Clinton", SpeakerKind.Person);
        Assert.Equal("Clinton", resolver.Resolve("Clinton", SpeakerKind.Person).Canonical);
    }

    [Fact]
    public void Resolve_SurnameFirstThenFullName_GrowsIntoFullName()
    {
        var resolver = new IdentityResolver();
        resolver.Resolve("Brenn", SpeakerKind.Person);
        Assert.Equal("Tomas Brenn", resolver.Resolve("Tomas Brenn", SpeakerKind.Person).Canonical);
        Assert.Equal("Tomas Brenn", resolver.Resolve("Mr Brenn", SpeakerKind.Person).Canonical);
    }

    [Fact]
    public async Task SaveAsync_NewIdentity_UpsertsOnlyChangedOnes()
    {
        var directory = new Mock<ISpeakerDirectory>();
        directory.Setup(d => d.ListIdentitiesAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync([new SpeakerIdentity("John Healey", "person") { Aliases = ["Healey"] }]);
        var resolver = new IdentityResolver();
        await resolver.LoadAsync(directory.Object, CancellationToken.None);
        resolver.Resolve("Maria Quill", SpeakerKind.Person, "trade minister");
        await resolver.SaveAsync(directory.Object, CancellationToken.None);
        directory.Verify(d => d.UpsertIdentityAsync(It.Is<SpeakerIdentity>(i => i.Canonical == "Maria Quill" && i.Roles.Contains("trade minister")), It.IsAny<CancellationToken>()), Times.Once);
        directory.Verify(d => d.UpsertIdentityAsync(It.Is<SpeakerIdentity>(i => i.Canonical == "John Healey"), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public void Resolve_InstitutionsNamedWithTheirCountries_StayApart()
    {
        var resolver = Seeded();

        var greek = resolver.Resolve("the Greek Ministry of Foreign Affairs", SpeakerKind.Institution);
        var polish = resolver.Resolve("the Polish Ministry of Foreign Affairs", SpeakerKind.Institution);

        Assert.NotEqual(greek.Canonical, polish.Canonical);
        // Named without a country, it is neither of the two.
        var bare = resolver.Resolve("the Ministry of Foreign Affairs", SpeakerKind.Institution).Canonical;
        Assert.NotEqual(greek.Canonical, bare);
        Assert.NotEqual(polish.Canonical, bare);
    }

    [Fact]
    public void Resolve_InstitutionWithoutItsCountry_IsTheOneNationalInstitutionOfThatName()
    {
        var resolver = Seeded();
        resolver.Resolve("UK Ministry of Defence", SpeakerKind.Institution);

        Assert.Equal("UK Ministry of Defence", resolver.Resolve("the Ministry of Defence", SpeakerKind.Institution).Canonical);
    }
}
