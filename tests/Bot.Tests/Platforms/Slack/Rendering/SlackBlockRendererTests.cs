using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsBot.Bot.Platforms.Slack.Rendering;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Platforms.Slack.Rendering;

public sealed class SlackBlockRendererTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 12, 9, 0, 0, TimeSpan.Zero);

    private static IEnumerable<string> Texts(SlackMessage message) =>
        message.Blocks.Select(b => b!.AsObject()).SelectMany(b => b["type"]!.GetValue<string>() == "context"
            ? b["elements"]!.AsArray().Select(e => e!["text"]!.GetValue<string>())
            : [b["text"]!["text"]!.GetValue<string>()]);

    private static void AssertWithinLimits(SlackMessage message)
    {
        Assert.InRange(message.Blocks.Count, 1, SlackLimits.BlocksPerMessage);
        Assert.True(message.Blocks.ToJsonString().Length <= 13_000);
        foreach (var block in message.Blocks.Select(b => b!.AsObject()))
        {
            switch (block["type"]!.GetValue<string>())
            {
                case "header":
                    Assert.InRange(block["text"]!["text"]!.GetValue<string>().Length, 1, SlackLimits.HeaderText);
                    break;
                case "section":
                    Assert.InRange(block["text"]!["text"]!.GetValue<string>().Length, 1, SlackLimits.SectionText);
                    break;
                case "context":
                    Assert.InRange(block["elements"]!.AsArray().Count, 1, SlackLimits.ContextElements);
                    break;
            }
        }
    }

    [Fact]
    public void Render_QuoteAnswer_HeaderQuoteContextWithOutletDateLinkAndFallback()
    {
        var quote = new AnswerQuote("John Healey", "UK Defence Secretary", "We will be there.", "The Test Wire", Day, new Uri("https://news.example/a"));
        var answer = new ChatAnswer("What Healey said", [new AnswerSection(null, null) { Quotes = [quote] }], "Searched: quotes from 'Healey'");

        var message = Assert.Single(SlackBlockRenderer.Render(answer));

        Assert.Equal(["header", "section", "context", "context"], message.Blocks.Select(b => b!["type"]!.GetValue<string>()));
        Assert.Equal("What Healey said", message.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("> “We will be there.”", message.Blocks[1]!["text"]!["text"]!.GetValue<string>());
        var context = message.Blocks[2]!["elements"]!.AsArray().Select(e => e!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["— *John Healey*, UK Defence Secretary", "The Test Wire", "2025-03-12", "<https://news.example/a|source>"], context);
        Assert.Equal("What Healey said: We will be there.", message.Text);
    }

    [Fact]
    public void Render_HostileQuoteAndFeedText_PingsNoOne()
    {
        var quote = new AnswerQuote("<@U0BOSS01>", "@channel", "Wake up <!channel> and <!here|here>, @here and @everyone! <@U012AB3CD>", "<!everyone> Wire", Day, null);
        var answer = new ChatAnswer("<!channel> alert @here", [new AnswerSection("<!here>", "Body <!everyone> & @channel") { Quotes = [quote], Links = [new AnswerLink("<@U99> story", new Uri("https://x.example/?a=<!channel>"), "@here news")] }]);

        var payload = SlackBlockRenderer.Render(answer)[0].ToPayload().ToJsonString();
        var decoded = JsonNode.Parse(payload)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.DoesNotContain("<!", decoded, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", decoded, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"@(here|channel|everyone)\b", RegexOptions.IgnoreCase), decoded);
        Assert.Contains("\"link_names\":false", payload, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_VeryLongBody_SplitIntoMessagesWithinLimitsWordsWhole()
    {
        var words = Enumerable.Range(0, 12_000).Select(i => "w" + i + (i % 7 == 0 ? "&" : "")).ToList();
        var answer = new ChatAnswer("Long digest", [new AnswerSection("Story", string.Join(' ', words))]);

        var messages = SlackBlockRenderer.Render(answer);

        Assert.True(messages.Count > 1);
        Assert.All(messages, AssertWithinLimits);
        var body = messages.SelectMany(m => m.Blocks.Skip(1)).Skip(1).Select(b => b!["text"]!["text"]!.GetValue<string>());
        Assert.Equal(words, body.SelectMany(t => SlackText.Unescape(t).Split(' ')).ToList());
        Assert.EndsWith("(continued)", messages[1].Blocks[0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyQuotes_NoMessageOver50BlocksAndEachQuoteKeepsItsAttribution()
    {
        var quotes = Enumerable.Range(0, 120).Select(i => new AnswerQuote("Speaker " + i, null, "Quote number " + i, "Outlet", Day, new Uri("https://news.example/" + i))).ToList();
        var answer = new ChatAnswer("Many quotes", [new AnswerSection(null, null) { Quotes = quotes }]);

        var messages = SlackBlockRenderer.Render(answer);

        Assert.True(messages.Count >= 5);
        Assert.All(messages, AssertWithinLimits);
        foreach (var message in messages)
        {
            var types = message.Blocks.Skip(1).Select(b => b!["type"]!.GetValue<string>()).ToList();
            Assert.Equal(types.Count / 2, types.Count(t => t == "context"));
            Assert.All(types.Chunk(2), pair => Assert.Equal(["section", "context"], pair));
        }
    }

    [Fact]
    public void Render_ManyLongLinks_EveryLinkWhole()
    {
        var links = Enumerable.Range(0, 400).Select(i => new AnswerLink("A rather long headline about the summit number " + i, new Uri("https://news.example/story/" + i + "?ref=newsbot&utm=x"), "Outlet " + i)).ToList();
        var answer = new ChatAnswer("Sources", [new AnswerSection(null, null) { Links = links }]);

        var messages = SlackBlockRenderer.Render(answer);

        Assert.All(messages, AssertWithinLimits);
        var texts = messages.SelectMany(Texts).Skip(1).ToList();
        var found = texts.SelectMany(t => Regex.Matches(t, "<https://news.example/story/(\\d+)\\?ref=newsbot&amp;utm=x\\|[^>]+>").Select(m => m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(0, 400).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), found);
    }

    [Fact]
    public void Render_LongTitle_HeaderWithin150AtAWord()
    {
        var answer = ChatAnswer.Text(string.Join(' ', Enumerable.Repeat("Coalition", 30)), "Body.");

        var header = SlackBlockRenderer.Render(answer)[0].Blocks[0]!["text"]!["text"]!.GetValue<string>();

        Assert.True(header.Length <= 150);
        Assert.EndsWith("Coalition…", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TitleOfEntities_HeaderWithin150AndNoEntityCut()
    {
        var header = SlackBlockRenderer.Render(ChatAnswer.Text(new string('<', 200), "Body."))[0].Blocks[0]!["text"]!["text"]!.GetValue<string>();

        Assert.True(header.Length <= 150);
        Assert.Matches("^(&lt;)+…$", header);
    }
}
