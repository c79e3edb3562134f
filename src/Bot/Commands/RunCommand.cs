using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Ingestion;
using NewsBot.Bot.Platforms;
using NewsBot.Bot.Platforms.Console;
using NewsBot.Bot.Platforms.Slack;

namespace NewsBot.Bot.Commands;

/// <summary>newsbot run: the hosted worker (the default command).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the bot: ingest the feed folder, post digests, answer the chat (the default)");
        command.SetAction((_, ct) => RunAsync(ct));
        return command;
    }

    public static Task<int> RunAsync(CancellationToken cancellationToken) => CommandRunner.RunAsync(async () =>
    {
        var builder = BotHost.CreateBuilder();
        builder.AddIngestion();
        builder.AddSlack();
        if (!builder.HasChatPlatform())
            builder.AddConsoleChat(System.Console.In, System.Console.Out);
        using var host = builder.Build();
        await host.RunAsync(cancellationToken);
        return 0;
    });
}
