using NewsBot.Core.Keywords;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class KeyphraseExtractorTests
{
    private const string Title = "Allies agree reassurance force headquarters";

    private const string Text = "European ministers agreed on Thursday to set up the reassurance force headquarters in Paris.\n"
        + "The reassurance force would deploy after a ceasefire, officials said. Air cover would come from European jets.\n"
        + "Ministers said the reassurance force needed clear rules. Several countries offered air cover and logistics.";

    [Fact]
    public void Extract_RecurringPhrase_RanksFirst()
    {
        var phrases = KeyphraseExtractor.Extract(Title, Text, null, 5);

        Assert.Equal("reassurance force headquarters", phrases[0]);
        Assert.Contains("Air cover", phrases);
    }

    [Fact]
    public void Extract_VerbsNumbersAndStopWords_NeverStartOrEndAPhrase()
    {
        var phrases = KeyphraseExtractor.Extract(Title, Text, null, 10);

        Assert.All(phrases, p =>
        {
            var words = p.Split(' ');
            Assert.False(StopWords.Contains(words[0].ToLowerInvariant()), p);
            Assert.False(NonKeyWords.Contains(words[^1].ToLowerInvariant()), p);
        });
        Assert.DoesNotContain(phrases, p => p.Contains("agreed", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_InflectedRepeats_AreOnePhrase()
    {
        var phrases = KeyphraseExtractor.Extract("Troop pledges", "Troop pledge talks. Troop pledges grew. The troop pledge held.", null, 10);

        Assert.Single(phrases, p => KeyphraseExtractor.StemKey(p) == "troop pledg");
    }

    [Fact]
    public void Extract_ProfileTerm_IsPreferred()
    {
        var profile = new CompiledProfile(new TopicProfile { Name = "t", Terms = [new WeightedTerm { Text = "logistics", Weight = 2 }] });
        var without = KeyphraseExtractor.Extract(Title, Text, null, 10);
        var with = KeyphraseExtractor.Extract(Title, Text, profile, 10);

        Assert.DoesNotContain("logistics", without);
        Assert.Contains("logistics", with);
    }

    [Fact]
    public void Extract_CommonNounBeforeName_SplitsThePhrase()
    {
        var phrases = KeyphraseExtractor.Extract("", "The defence minister Sébastien Lecornu spoke. The defence minister Sébastien Lecornu left.", null, 10);

        Assert.Contains("defence minister", phrases);
        Assert.Contains("Sébastien Lecornu", phrases);
        Assert.DoesNotContain(phrases, p => p.Contains("minister Sébastien", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ParticipleAfterDeterminer_IsPartOfThePhrase()
    {
        var phrases = KeyphraseExtractor.Extract("", "Vets culled the infected cattle. The infected cattle were burned. Farmers watched.", null, 10);

        Assert.Contains("infected cattle", phrases);
        Assert.DoesNotContain(phrases, p => p.Contains("culled", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PhraseEndingLikeAnAdjective_IsDropped()
    {
        var phrases = KeyphraseExtractor.Extract("", "Flood waters fell. Residents found the flood waters dangerous. Others found the flood waters dangerous.", null, 10);

        Assert.DoesNotContain(phrases, p => p.EndsWith("dangerous", StringComparison.Ordinal));
        Assert.Contains("Flood waters", phrases);
    }

    [Fact]
    public void Extract_EarlyFirstMention_OutranksALateRepeat()
    {
        const string Text = "Harbour cranes failed at dawn. Dock workers waited. Canal barges were late. Harbour cranes were idle. "
            + "Canal barges were idle. Canal barges were empty.";
        var phrases = KeyphraseExtractor.Extract("", Text, null, 10).ToList();

        Assert.True(phrases.IndexOf("Harbour cranes") < phrases.IndexOf("Canal barges"), string.Join(" | ", phrases));
    }

    [Theory]
    [InlineData("forest")]
    [InlineData("interest")]
    [InlineData("family")]
    public void NonKeyWords_NounsWithAdverbOrSuperlativeEndings_AreKept(string word)
    {
        Assert.False(NonKeyWords.Contains(word));
    }

    [Theory]
    [InlineData("largest")]
    [InlineData("quickly")]
    [InlineData("near")]
    public void NonKeyWords_SuperlativesAdverbsAndClosedClassWords_BreakPhrases(string word)
    {
        Assert.True(NonKeyWords.Contains(word));
    }

    [Fact]
    public void Extract_EmptyText_ReturnsNothing()
    {
        Assert.Empty(KeyphraseExtractor.Extract("", "", null));
    }
}
