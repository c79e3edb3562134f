using System.Text.RegularExpressions;
using Moq;
using NewsBot.Bot.Platforms.Discord.Interactions;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Tests.Platforms.Discord.Interactions;

public sealed class SlashCommandCatalogTests
{
    private static readonly string[] AllNames = ["whosaid", "digest", "quotes", "search", "speakers", "status", "subscribe", "unsubscribe", "feeds", "newthing"];

    [Fact]
    public void Build_FromRouterCommands_RegistersEachButAskPlusHelp()
    {
        var commands = SlashCommandCatalog.Build([Handler("whosaid", "NAME"), Handler("digest", "[PERIOD]"), Handler("ask", "QUESTION"), Handler("status", "")]);

        var names = commands.Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["digest", "status", "whosaid", "help"], names);
    }

    [Fact]
    public void Build_Commands_FollowDiscordRules()
    {
        var commands = SlashCommandCatalog.Build(AllNames.Select(n => Handler(n, "X")));

        foreach (var command in commands)
        {
            Assert.Matches(new Regex(@"^[-_\p{L}\p{N}]{1,32}$"), command!["name"]!.GetValue<string>());
            Assert.InRange(command["description"]!.GetValue<string>().Length, 1, 100);
            var required = command["options"]!.AsArray().Select(o => o!["required"]!.GetValue<bool>()).ToList();
            Assert.Equal(required.OrderByDescending(r => r), required);
            Assert.All(command["options"]!.AsArray(), o => Assert.InRange(o!["description"]!.GetValue<string>().Length, 1, 100));
        }
    }

    [Fact]
    public void Build_WhoSaid_HasTypedOptionsWithNameRequired()
    {
        var whosaid = SlashCommandCatalog.Build([Handler("whosaid", "NAME")]).First()!;

        var options = whosaid["options"]!.AsArray();
        Assert.Equal(["name", "about", "since"], options.Select(o => o!["name"]!.GetValue<string>()));
        Assert.True(options[0]!["required"]!.GetValue<bool>());
        Assert.All(options, o => Assert.Equal(3, o!["type"]!.GetValue<int>()));
    }

    [Fact]
    public void Build_UnknownCommandWithUsage_GetsOneTextOption()
    {
        var command = SlashCommandCatalog.Build([Handler("newthing", "WHAT")]).First()!;

        Assert.Equal("text", command["options"]![0]!["name"]!.GetValue<string>());
    }

    private static ICommandHandler Handler(string name, string usage)
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns(name);
        handler.SetupGet(h => h.Usage).Returns(usage);
        handler.SetupGet(h => h.Description).Returns("Does " + name);
        return handler.Object;
    }
}
