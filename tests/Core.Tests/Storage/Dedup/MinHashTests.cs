using NewsBot.Core.Articles;
using NewsBot.Core.Storage.Dedup;

namespace NewsBot.Core.Tests.Storage.Dedup;

public sealed class MinHashTests
{
    private static ArticleFingerprint Print(string text) => ArticleFingerprint.Of(new Article("x", "Headline", text));

    [Fact]
    public void Similarity_SameText_IsOne()
    {
        var text = StoreTestData.Story(1);
        Assert.Equal(1.0, MinHash.Similarity(Print(text).Signature, Print(text).Signature));
    }

    [Fact]
    public void Similarity_RewrittenCopy_AboveSameStoryThreshold()
    {
        var original = StoreTestData.Story(7);
        // A rewrite: a new lead sentence, two sentences cut, some wording changed.
        var sentences = original.Split(". ").ToList();
        sentences.RemoveAt(5);
        sentences.RemoveAt(9);
        var rewrite = "In a statement released today, sources confirmed the report. " + string.Join(". ", sentences).Replace("announced", "unveiled", StringComparison.Ordinal);

        var similarity = MinHash.Similarity(Print(original).Signature, Print(rewrite).Signature);

        Assert.True(similarity >= ArticleFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Similarity_UnrelatedStories_BelowThreshold()
    {
        var similarity = MinHash.Similarity(Print(StoreTestData.Story(1)).Signature, Print(StoreTestData.Story(2)).Signature);

        Assert.True(similarity < ArticleFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void BandKeys_SameSignature_SameKeysOnePerBand()
    {
        var signature = Print(StoreTestData.Story(3)).Signature;

        var keys = MinHash.BandKeys(signature);

        Assert.Equal(MinHash.Bands, keys.Length);
        Assert.Equal(keys, MinHash.BandKeys(signature));
        Assert.Equal(MinHash.Bands, keys.Distinct().Count());
    }

    [Fact]
    public void Signature_NoShingles_IsEmptyWithNoBands()
    {
        var print = ArticleFingerprint.Of(new Article("x", "The", "the of and"));

        Assert.Empty(print.Signature);
        Assert.Empty(print.BandKeys);
    }

    [Fact]
    public void ToBytes_RoundTrips()
    {
        var signature = Print(StoreTestData.Story(4)).Signature;

        Assert.Equal(signature, MinHash.FromBytes(MinHash.ToBytes(signature)));
    }
}
