using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Platforms.Discord.Interactions;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>
/// Runs queued Discord work, several items at once, each in its own DI scope, log scope, try/catch and timeout:
/// one failing or slow command never stalls the connection or the other commands.
/// </summary>
internal sealed partial class DiscordWorkPump(DiscordWorkQueue queue, IServiceScopeFactory scopes, ILogger<DiscordWorkPump> logger) : BackgroundService
{
    private readonly SemaphoreSlim _slots = new(16, 16);

    /// <summary>How long one item may take, follow-ups included (interaction tokens last 15 minutes).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await _slots.WaitAsync(stoppingToken);
            running.RemoveAll(t => t.IsCompleted);
            running.Add(Task.Run(() => RunAsync(work, stoppingToken), CancellationToken.None));
        }

        await Task.WhenAll(running);
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    private async Task RunAsync(DiscordWork work, CancellationToken stoppingToken)
    {
        using var logScope = WorkScope(logger, work.GetType().Name);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            switch (work)
            {
                case InteractionWork interaction:
                    await services.GetRequiredService<InteractionResponder>().HandleAsync(interaction, timeout.Token);
                    break;
                case MentionWork mention:
                    await services.GetRequiredService<MentionResponder>().HandleAsync(mention, timeout.Token);
                    break;
                case RegisterCommandsWork register:
                    await services.GetRequiredService<SlashCommandRegistrar>().RegisterAsync(register.ApplicationId, timeout.Token);
                    break;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the item is abandoned with the process.
        }
        catch (Exception e)
        {
            LogFailed(e, work.ToString());
        }
        finally
        {
            _slots.Release();
        }
    }

    private static readonly Func<ILogger, string, IDisposable?> WorkScope = LoggerMessage.DefineScope<string>("discord {Work}");

    [LoggerMessage(EventId = 6141, Level = LogLevel.Error, Message = "Discord work failed: {Work}")]
    private partial void LogFailed(Exception exception, string work);
}
