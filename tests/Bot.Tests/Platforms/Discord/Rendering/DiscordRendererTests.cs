using System.Text.Json.Nodes;
using NewsBot.Bot.Platforms.Discord.Rendering;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Platforms.Discord.Rendering;

public sealed class DiscordRendererTests
{
    [Fact]
    public void Render_HugeDigest_StaysWithinEveryLimit()
    {
        var sections = Enumerable.Range(0, 40).Select(i => new AnswerSection($"Story {i} " + new string('h', 300), Words(900))
        {
            Quotes = [new AnswerQuote("John Healey", "Defence Secretary", Words(400), "Outlet", DateTimeOffset.UnixEpoch, new Uri("https://example.com/a/" + i))],
            Links = [new AnswerLink("Article " + i, new Uri("https://example.com/story/" + i), "Outlet")],
        }).ToList();

        var messages = DiscordRenderer.Render(new ChatAnswer(new string('T', 400), sections, Words(600)));

        Assert.True(messages.Count > 1);
        foreach (var message in messages)
        {
            Assert.InRange(message.Embeds.Count, 1, DiscordLimits.EmbedsPerMessage);
            Assert.True(message.Embeds.Sum(e => e.Length) <= DiscordLimits.EmbedTotal);
            foreach (var embed in message.Embeds)
            {
                Assert.True((embed.Title?.Length ?? 0) <= DiscordLimits.Title);
                Assert.True(embed.Description.Length <= DiscordLimits.Description);
                Assert.True((embed.Footer?.Length ?? 0) <= DiscordLimits.Footer);
            }
        }
    }

    [Fact]
    public void Render_LongBody_SplitsBetweenWordsAndKeepsEveryWord()
    {
        var body = Words(3000);

        var messages = DiscordRenderer.Render(ChatAnswer.Text("Long", body));

        var pieces = messages.SelectMany(m => m.Embeds).Select(e => e.Description).ToList();
        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.Matches(@"^(word\d+)([ \n]+word\d+)*$", p));
        Assert.Equal(body.Split(' '), string.Join(' ', pieces).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Render_ManyLinks_NeverCutsALink()
    {
        var links = Enumerable.Range(0, 200).Select(i => new AnswerLink($"Headline number {i} about troops", new Uri($"https://example.com/news/{i}?a=b"), "Outlet")).ToList();

        var messages = DiscordRenderer.Render(new ChatAnswer("Links", [new AnswerSection(null, null) { Links = links }]));

        var text = string.Join("\n", messages.SelectMany(m => m.Embeds).Select(e => e.Description));
        for (var i = 0; i < 200; i++)
            Assert.Contains($"(https://example.com/news/{i}?a=b)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_QuoteWithEveryone_PingsNoOne()
    {
        var quote = new AnswerQuote("Someone", null, "@everyone look at this <@123> and @here", "Outlet", null, null);

        var message = DiscordRenderer.Render(new ChatAnswer("Quotes", [new AnswerSection(null, null) { Quotes = [quote] }])).Single();

        var body = message.ToJson();
        Assert.Equal("[]", body["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Single(body["allowed_mentions"]!.AsObject());
        Assert.Contains("@everyone", body["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("\\<@123\\>", body["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkdownInText_IsEscaped()
    {
        var message = DiscordRenderer.Render(ChatAnswer.Text("T", "a *bold* _claim_ [link](http://x)")).Single();

        Assert.Equal("a \\*bold\\* \\_claim\\_ \\[link\\](http://x)", message.Embeds[0].Description);
    }

    [Fact]
    public void ToJson_Ephemeral_SetsFlag64()
    {
        var body = DiscordRenderer.Render(ChatAnswer.Text("T", "x", ephemeral: true)).Single().ToJson(ephemeral: true);

        Assert.Equal(64, body["flags"]!.GetValue<int>());
        Assert.IsType<JsonArray>(body["embeds"]);
    }

    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => "word" + i));
}
