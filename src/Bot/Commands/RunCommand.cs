using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Ingestion;
using NewsBot.Bot.Operations;
using NewsBot.Bot.Platforms.Console;
using NewsBot.Bot.Scheduling;

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
        using var host = BuildHost(System.Console.In, System.Console.Out);
        await host.RunAsync(cancellationToken);
        return 0;
    });

    /// <summary>The worker host: ingestion, scheduling and the configured chat platforms (the console when none is).</summary>
    public static IHost BuildHost(TextReader input, TextWriter output, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = BotHost.CreateBuilder(settings: settings);
        builder.AddIngestion();
        builder.AddConsoleChat(input, output);
        builder.AddScheduling().AddOperations();
        return builder.Build();
    }
}
