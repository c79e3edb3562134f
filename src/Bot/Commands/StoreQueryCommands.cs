using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Chat;
using NewsBot.Core.Ingestion;
using NewsBot.Core.Storage;

namespace NewsBot.Bot.Commands;

/// <summary>
/// newsbot ask / digest / status: the chat's answers from the store, on the command line. The feed folder is
/// brought up to date first (already-processed files are skipped), so a fresh checkout answers at once.
/// </summary>
internal static class StoreQueryCommands
{
    public static Command Ask()
    {
        var question = new Argument<string>("question") { Description = "The question, e.g. \"what did Lecornu say about troops?\"" };
        var command = new Command("ask", "Answer a question from the store, as the chat would") { question };
        command.SetAction((result, ct) => AnswerAsync(new ChatRequest("cli", "cli", "cli", "ask", result.GetValue(question)!), ct));
        return command;
    }

    public static Command Digest()
    {
        var since = new Option<string>("--since") { Description = "The period to cover, e.g. 24h or 7d", DefaultValueFactory = _ => "" };
        var command = new Command("digest", "Print the digest of a recent period") { since };
        command.SetAction((result, ct) => AnswerAsync(new ChatRequest("cli", "cli", "cli", "digest", result.GetValue(since) ?? ""), ct));
        return command;
    }

    public static Command Status()
    {
        var command = new Command("status", "Show what the store holds and what failed to ingest");
        command.SetAction((_, ct) => AnswerAsync(new ChatRequest("cli", "cli", "cli", "status", ""), ct));
        return command;
    }

    private static Task<int> AnswerAsync(ChatRequest request, CancellationToken cancellationToken) => CommandRunner.RunAsync(async () =>
    {
        var builder = BotHost.CreateBuilder(LogLevel.Warning);
        await using var services = builder.Services.BuildServiceProvider();
        BotHost.ValidateConfiguration(services);
        var store = services.GetRequiredService<INewsStore>();
        await store.MigrateAsync(cancellationToken);
        var feeds = services.GetRequiredService<IOptions<FeedOptions>>().Value;
        var folder = PathResolver.Folder(feeds.Folder);
        if (Directory.Exists(folder))
            await services.GetRequiredService<FolderScanner>().ScanAsync(folder, feeds.Recursive, cancellationToken);
        var answer = await services.GetRequiredService<ChatDispatcher>().DispatchAsync(request, cancellationToken);
        await System.Console.Out.WriteAsync(PlainTextRenderer.Render(answer));
        return 0;
    });
}
