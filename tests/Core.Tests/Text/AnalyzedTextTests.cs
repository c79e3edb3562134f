using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class AnalyzedTextTests
{
    [Theory]
    [InlineData("defense", "defence")]
    [InlineData("Zelenskyy", "zelensky")]
    [InlineData("Kiev", "kyiv")]
    [InlineData("Sébastien", "sebastien")]
    [InlineData("cease-fire", "ceasefire")]
    [InlineData("cease fire", "ceasefire")]
    [InlineData("peace-keepers", "peacekeepers")]
    // Only one hyphen or space joins a compound: across a comma the words stay apart.
    [InlineData("cease, fire", "cease|fire")]
    [InlineData("Britain's", "britains")]
    public void Of_Variant_FoldsToCanonicalWords(string text, string expected)
    {
        var words = AnalyzedText.Of(text).Words.Select(w => w.Folded);

        Assert.Equal(expected, string.Join('|', words));
    }

    [Fact]
    public void Of_Compound_SpansBothPartsInTheOriginal()
    {
        const string text = "A cease-fire now.";

        var word = AnalyzedText.Of(text).Words[1];

        Assert.Equal("cease-fire", text[word.Start..word.End]);
        Assert.Equal("ceasefir", word.Stem);
    }

    [Fact]
    public void WordsOf_ReturnsEachSentencesWords()
    {
        var text = AnalyzedText.Of("The force is ready. Talks go on.");

        Assert.Equal(2, text.Sentences.Count);
        Assert.Equal(["talk", "go", "on"], text.WordsOf(1).ToArray().Select(w => w.Stem));
        Assert.True(text.WordsOf(0)[0].IsStopWord);
    }

    [Fact]
    public void StemsOf_PhraseAndTextVariants_Meet()
    {
        Assert.Equal(AnalyzedText.StemsOf("security guarantees"), AnalyzedText.StemsOf("Security Guarantee"));
        Assert.Equal(AnalyzedText.StemsOf("defense ministers"), AnalyzedText.StemsOf("defence minister"));
    }

    [Theory]
    [InlineData("Cease-fire talks: the CEASE FIRE held. Peace keepers and air-space, back stop.")]
    [InlineData("Zelenskyy met Zelenskiy in Kiev. DEFENSE programs and the Defense's labor center.")]
    // Non-ASCII words and curly apostrophes take the general folding path.
    [InlineData("Sébastien Lecornu’s aide met ÉLYSÉE staff; naïve café owners in İstanbul said so.")]
    [InlineData("Britain's O'Neill said 'no' to dogs' tails.\nA new paragraph: cease\nfire.")]
    // Longer than the stack buffer, with and without a trailing apostrophe-s.
    [InlineData("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa then Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb's end.")]
    [InlineData("3.5 per cent in 2019. The U.S. They landed at 5 p.m. Tuesday.")]
    public void Of_AnyText_MatchesTokenizerSpellingVariantsAndStemmer(string text)
    {
        var expected = new List<Word>();
        var sentences = SentenceSplitter.Split(text);
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = Tokenizer.Tokenize(text, sentences[s].Start, sentences[s].End);
            for (var i = 0; i < tokens.Count; i++)
            {
                var folded = SpellingVariants.Canonical(tokens[i].Value);
                var (start, end) = (tokens[i].Start, tokens[i].End);
                if (i + 1 < tokens.Count && SpellingVariants.IsJoiner(text.AsSpan(end, tokens[i + 1].Start - end))
                    && SpellingVariants.Compound(tokens[i].Value, tokens[i + 1].Value) is { } joined)
                {
                    folded = joined;
                    end = tokens[++i].End;
                }

                expected.Add(new Word(folded, Stemmer.Stem(folded), start, end, s, StopWords.Contains(folded)));
            }
        }

        var actual = AnalyzedText.Of(text);

        Assert.Equal(expected, actual.Words);
    }

    [Fact]
    public void StemIds_WordsThatStemAlike_ShareOneIdInFirstUseOrder()
    {
        var text = AnalyzedText.Of("Talks stalled. The talk resumed; talks end.");

        Assert.Equal(["talk", "stall", "the", "resum", "end"], text.Stems);
        Assert.Equal([0, 1, 2, 0, 3, 0, 4], text.StemIds.ToArray());
        Assert.Equal(3, text.StemIdOf("resum"));
        Assert.Equal(-1, text.StemIdOf("ceasefir"));
    }

    [Fact]
    public void StemIds_SecondTextOnSameThread_NumbersItsOwnStemsFromZero()
    {
        _ = AnalyzedText.Of("Ministers met in Paris.");

        var text = AnalyzedText.Of("Paris ministers");

        Assert.Equal(["pari", "minist"], text.Stems);
        Assert.Equal([0, 1], text.StemIds.ToArray());
    }

    [Fact]
    public void Of_ManyThreadsAtOnce_GiveTheSameWordsAsOneThread()
    {
        var texts = Enumerable.Range(0, 40)
            .Select(i => $"Talks {i} on the cease-fire resumed in Kyiv. Defense ministers met {i % 7} times; Zelenskyy spoke.")
            .ToList();
        var expected = texts.Select(t => AnalyzedText.Of(t).Words.ToArray()).ToList();

        var actual = new Word[texts.Count][];
        Parallel.For(0, texts.Count * 5, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n => actual[n % texts.Count] = AnalyzedText.Of(texts[n % texts.Count]).Words.ToArray());

        for (var i = 0; i < texts.Count; i++)
            Assert.Equal(expected[i], actual[i]);
    }

    [Fact]
    public void Of_HugeTextThenSmallOne_AnalysesBothWhole()
    {
        // Past the per-thread buffer limit (65,536 words), so the grown buffers are dropped afterwards.
        var huge = string.Join(' ', Enumerable.Repeat("troops", 70_000)) + ".";

        var first = AnalyzedText.Of(huge);
        var second = AnalyzedText.Of("Troops landed. Talks went on.");

        Assert.Equal(70_000, first.Words.Count);
        Assert.Equal(["troop"], first.Stems);
        Assert.Equal(["troop", "land", "talk", "went", "on"], second.Stems);
        Assert.Equal([0, 1, 2, 3, 4], second.StemIds.ToArray());
    }
}
