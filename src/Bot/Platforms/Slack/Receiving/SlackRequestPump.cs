using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Hosting;

namespace NewsBot.Bot.Platforms.Slack.Receiving;

/// <summary>
/// Reads the work queue and answers each request in its own DI scope, try/catch and timeout (the dispatcher's),
/// a few at a time, so one slow or failing command never holds up the others or the socket.
/// </summary>
internal sealed class SlackRequestPump(
    SlackWorkQueue queue, IServiceScopeFactory scopes, SlackResponder responder, ILogger<SlackRequestPump> logger) : BackgroundService
{
    /// <summary>Requests answered at the same time.</summary>
    public int Concurrency { get; init; } = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Concurrency, Concurrency);
        var running = new List<Task>();
        try
        {
            await foreach (var inbound in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(AnswerAsync(inbound, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: let the answers in flight finish or observe the cancellation below.
        }

        await Task.WhenAll(running);
    }

    private async Task AnswerAsync(SlackInbound inbound, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var request = inbound.Request;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var dispatcher = scope.ServiceProvider.GetRequiredService<ChatDispatcher>();
            var answer = await dispatcher.DispatchAsync(request, stoppingToken);
            await responder.ReplyAsync(inbound, answer, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the request is abandoned with it.
        }
        catch (Exception e)
        {
            logger.ReplyFailed(e, request.Command, request.ChannelId);
        }
        finally
        {
            slots.Release();
        }
    }
}
