using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Hosting;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Console;

/// <summary>
/// The embedded default's chat: prints today's digest, then answers each typed line through the same dispatcher
/// Discord and Slack use. When standard input ends (a pipe, a closed terminal) the host stops cleanly.
/// </summary>
internal sealed class ConsoleChatService(
    ConsoleChatPlatform platform, ChatDispatcher dispatcher, TextReader input, IHostApplicationLifetime lifetime) : BackgroundService
{
    private const string Channel = "console";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first so the host finishes starting before this loop blocks on input.
        await Task.Yield();
        await AnswerAsync(new ChatRequest("console", Channel, "console", "digest", ""), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var line = await input.ReadLineAsync(stoppingToken);
            if (line is null)
                break;
            var request = ChatLineParser.Parse(line, "console", Channel, "console");
            if (request is not null)
                await AnswerAsync(request with { IsAdmin = true }, stoppingToken);
        }

        lifetime.StopApplication();
    }

    private async Task AnswerAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var answer = await dispatcher.DispatchAsync(request, cancellationToken);
        await platform.SendAsync(Channel, answer, cancellationToken);
    }
}
