using System.Globalization;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class WordCacheTests
{
    [Fact]
    public void Get_SameWordTwice_ReturnsTheSameForm()
    {
        var cache = WordCache.ForThisThread;

        var first = cache.Get("ministers".AsSpan());
        var second = cache.Get("ministers".ToCharArray());

        Assert.Same(first, second);
    }

    [Theory]
    [InlineData("defense", "defence", "defenc", false, false)]
    [InlineData("the", "the", "the", true, false)]
    // The first word of a compound is flagged so only it pays for the pair lookup.
    [InlineData("cease", "cease", "ceas", false, true)]
    public void Get_Word_CarriesCanonicalStemStopWordAndCompoundStart(string folded, string canonical, string stem, bool isStopWord, bool startsCompound)
    {
        var form = WordCache.ForThisThread.Get(folded);

        Assert.Equal((folded, canonical, stem, isStopWord, startsCompound), (form.Folded, form.Canonical, form.Stem.Value, form.IsStopWord, form.StartsCompound));
    }

    [Fact]
    public void Get_WordsThatStemAlike_ShareOneStemSlot()
    {
        var cache = WordCache.ForThisThread;

        Assert.Same(cache.Get("talks").Stem, cache.Get("talk").Stem);
    }

    [Fact]
    public void GetCompound_JoinedWord_IsTakenAsItIs()
    {
        var form = WordCache.ForThisThread.GetCompound("ceasefire");

        Assert.Equal(("ceasefire", "ceasefir"), (form.Canonical, form.Stem.Value));
    }

    [Fact]
    public void BeginText_CacheFull_StartsAfresh()
    {
        var cache = WordCache.ForThisThread;
        var before = cache.Get("reassurance");
        for (var i = 0; i < WordCache.Limit; i++)
            cache.Get("w" + i.ToString(CultureInfo.InvariantCulture));

        cache.BeginText();

        Assert.NotSame(before, cache.Get("reassurance"));
    }

    [Fact]
    public void ForThisThread_OtherThread_GetsItsOwnCache()
    {
        var mine = WordCache.ForThisThread;
        WordCache? theirs = null;

        var thread = new Thread(() => theirs = WordCache.ForThisThread);
        thread.Start();
        thread.Join();

        Assert.NotNull(theirs);
        Assert.NotSame(mine, theirs);
    }
}
