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

    [Fact]
    public void Extract_VerbBetweenNouns_SplitsThePhrase()
    {
        var phrases = KeyphraseExtractor.Extract("", "River floods threaten farm towns. River floods threaten farm towns again.", null, 10);

        Assert.Contains("River floods", phrases);
        Assert.Contains("farm towns", phrases);
        Assert.DoesNotContain(phrases, p => p.Contains("threaten", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Contraction_EndsThePhrase()
    {
        var phrases = KeyphraseExtractor.Extract("", "The harbour dam wasn't safe. Engineers said the harbour dam isn't finished.", null, 10);

        Assert.Contains("harbour dam", phrases);
        Assert.DoesNotContain(phrases, p => p.Contains('\'', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuoteMarksBetweenWords_SplitThePhrase()
    {
        var phrases = KeyphraseExtractor.Extract("", "Crews praised the harbour ``pilot boats''. Harbour crews thanked the pilot boats.", null, 10);

        Assert.Contains("pilot boats", phrases);
        Assert.DoesNotContain(phrases, p => p.Contains('`', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Possessive_EndsThePhrase()
    {
        var phrases = KeyphraseExtractor.Extract("", "Canada's gold medal was lost. Officials took Canada's gold medal away.", null, 10);

        Assert.Contains("gold medal", phrases);
        Assert.DoesNotContain(phrases, p => p.Contains("s gold", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CapitalisedParticipleInsideASentence_IsPartOfAName()
    {
        var phrases = KeyphraseExtractor.Extract("", "Police hunted Shining Path leaders in Lima. Troops also hunted Shining Path leaders.", null, 10);

        Assert.Contains("Shining Path leaders", phrases);
    }

    [Fact]
    public void Extract_HyphenatedCompound_KeepsItsParts()
    {
        // "long" and "16" break a phrase alone, but not inside a compound.
        var phrases = KeyphraseExtractor.Extract("", "Long-term drought conditions worsened. F-16 fighter jets flew. Long-term drought conditions stayed.", null, 10);

        Assert.Contains("Long-term drought conditions", phrases);
        Assert.Contains("F-16 fighter jets", phrases);
    }

    [Fact]
    public void Extract_RunOfMoreThanFourWords_YieldsWordsAndPairs()
    {
        var phrases = KeyphraseExtractor.Extract("", "Harbour crane repair crew union leaders met. Union leaders left.", null, 10);

        Assert.Contains("union leaders", phrases);
        Assert.All(phrases, p => Assert.True(p.Split(' ').Length <= 2, p));
    }

    [Fact]
    public void Extract_RepeatedCall_GivesTheSameOrder()
    {
        const string Text = "Canal barges waited. Harbour cranes waited. Dock workers waited.";

        Assert.Equal(KeyphraseExtractor.Extract("", Text, null, 10), KeyphraseExtractor.Extract("", Text, null, 10));
        Assert.Equal("Canal barges", KeyphraseExtractor.Extract("", Text, null, 10)[0]);
    }

    [Fact]
    public void Extract_CountZero_ReturnsNothing()
    {
        Assert.Empty(KeyphraseExtractor.Extract("", "Canal barges waited.", null, 0));
    }

    [Theory]
    [InlineData("forest")]
    [InlineData("interest")]
    [InlineData("family")]
    // Verbs that name things as often as they act stay out of the lexicon.
    [InlineData("reports")]
    [InlineData("force")]
    [InlineData("surge")]
    public void NonKeyWords_NounsWithAdverbOrSuperlativeEndings_AreKept(string word)
    {
        Assert.False(NonKeyWords.Contains(word));
    }

    [Theory]
    [InlineData("largest")]
    [InlineData("quickly")]
    [InlineData("near")]
    [InlineData("beside")]
    [InlineData("instead")]
    [InlineData("miles")]
    [InlineData("acres")]
    // Verb forms from the lexicon: a base form, a regular "-s" form, "-es" and "-ies" forms, an irregular past.
    [InlineData("occur")]
    [InlineData("predicts")]
    [InlineData("reaches")]
    [InlineData("denies")]
    [InlineData("undertook")]
    [InlineData("wasnt")]
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
