using NewsBot.Core.Storage;

namespace NewsBot.Core.Tests.Storage;

public sealed class SpeakerNamesTests
{
    [Theory]
    [InlineData("Mr Lecornu", "lecornu")]
    [InlineData("Sébastien Lecornu", "sebastien lecornu")]
    // A title alone is kept: it may be the only word the user typed.
    [InlineData("Dr", "dr")]
    [InlineData("Dame Jane Smith", "jane smith")]
    public void QueryForm_Name_FoldedWithoutTitles(string query, string expected)
    {
        Assert.Equal(expected, SpeakerNames.QueryForm(query));
    }

    [Fact]
    public void LikePatterns_QueryWithWildcards_HasNoUserWildcards()
    {
        var patterns = SpeakerNames.LikePatterns([SpeakerNames.QueryForm("%_lecornu%")]);

        Assert.Equal(["lecornu", "% lecornu", "lecornu %"], patterns);
    }

    [Fact]
    public void Merge_NewRolesAndAliases_AppendedOnce()
    {
        var existing = new SpeakerIdentity("Sébastien Lecornu", "person") { Roles = ["defence minister"], Aliases = ["Lecornu"] };
        var incoming = new SpeakerIdentity("Sébastien Lecornu", "person") { Roles = ["defence minister", "prime minister"], Aliases = ["Lecornu", "Sebastien Lecornu", "Sébastien Lecornu"] };

        var merged = SpeakerNames.Merge(existing, incoming);

        Assert.Equal(["defence minister", "prime minister"], merged.Roles);
        Assert.Equal(["Lecornu", "Sebastien Lecornu"], merged.Aliases);
    }

    [Fact]
    public void NamesKey_Identity_HoldsEveryFoldedNameOnce()
    {
        var identity = new SpeakerIdentity("Keir Starmer", "person") { Aliases = ["PM", "Sir Keir Starmer", "keir starmer"] };

        Assert.Equal("|keir starmer|pm|sir keir starmer|", SpeakerNames.NamesKey(identity));
    }
}
