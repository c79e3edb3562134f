using NewsBot.Bot.Platforms.Slack.Rendering;

namespace NewsBot.Bot.Tests.Platforms.Slack.Rendering;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("<!channel> look", "&lt;!channel&gt; look")]
    [InlineData("<@U012AB3CD> said", "&lt;@U012AB3CD&gt; said")]
    [InlineData("a <https://evil.example|click> link", "a &lt;https://evil.example|click&gt; link")]
    [InlineData("&lt; already", "&amp;lt; already")] // escaped text stays literal, never decoded by Slack
    [InlineData("plain words", "plain words")]
    public void Escape_ControlCharacters_Escaped(string text, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(text));
    }

    [Theory]
    [InlineData("ping @here now")]
    [InlineData("@channel meeting")]
    [InlineData("hey @EVERYONE")]
    public void Escape_BareBroadcastWords_Neutralised(string text)
    {
        var escaped = SlackText.Escape(text);

        Assert.DoesNotMatch(@"@(here|channel|everyone)\b", escaped.ToLowerInvariant());
        Assert.Equal(text, escaped.Replace("\u2060", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_UrlWithAmpersandAndPipe_StaysOneLink()
    {
        var link = SlackText.Link(new Uri("https://news.example/a?x=1&y=a|b"), "Title <b> | more");

        Assert.Equal("<https://news.example/a?x=1&amp;y=a%7Cb|Title &lt;b&gt; / more>", link);
    }

    [Fact]
    public void Link_NotHttp_LabelOnly()
    {
        Assert.Equal("click", SlackText.Link(new Uri("javascript:alert(1)"), "click"));
    }

    [Fact]
    public void Split_LongText_PiecesWithinLimitAndWordsWhole()
    {
        var words = Enumerable.Range(0, 2000).Select(i => "word" + i).ToList();
        var text = string.Join(' ', words);

        var pieces = SlackText.Split(text, 3000).ToList();

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.True(p.Length <= 3000));
        Assert.Equal(words, pieces.SelectMany(p => p.Split(' ')).ToList());
    }

    [Fact]
    public void Split_OneHugeWordOfEntities_NeverCutsAnEntity()
    {
        var escaped = SlackText.Escape(new string('&', 1000));

        var pieces = SlackText.Split(escaped, 998).ToList();

        Assert.All(pieces, p => Assert.Matches("^(&amp;)+$", p));
        Assert.Equal(escaped, string.Concat(pieces));
    }

    [Fact]
    public void Truncate_LongTitle_CutsAtWordWithEllipsis()
    {
        var title = string.Join(' ', Enumerable.Repeat("headline", 40));

        var cut = SlackText.Truncate(title, 150);

        Assert.True(cut.Length <= 150);
        Assert.EndsWith("headline…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Unescape_SlackEntities_Decoded()
    {
        Assert.Equal("a < b & c > d", SlackText.Unescape("a &lt; b &amp; c &gt; d"));
    }
}
