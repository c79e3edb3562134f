using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Operations;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Hosting;

/// <summary>
/// The per-message boundary every platform goes through: routes a request with a timeout, logs a failure with its
/// context, and turns it into a polite answer. One failing command never stalls a connection. With a
/// <see cref="CommandRateLimiter"/>, a user or channel over its limit gets a refusal instead of an answer.
/// </summary>
public sealed partial class ChatDispatcher(CommandRouter router, ILogger<ChatDispatcher> logger, CommandRateLimiter? limiter = null)
{
    /// <summary>How long one command may take before the asker is told to try again.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The answer to <paramref name="request"/>; never throws but for the caller's cancellation.</summary>
    public async Task<ChatAnswer> DispatchAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var scope = RequestScope(logger, request.Platform, request.ChannelId, request.Command);
        if (limiter?.TryAcquire(request) is { } refusal)
            return refusal;
        using var activity = NewsBotTracing.Source.StartActivity("command " + request.Command);
        activity?.SetTag("newsbot.platform", request.Platform);
        activity?.SetTag("newsbot.channel", request.ChannelId);
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var answer = await router.RouteAsync(request, timeout.Token);
            NewsBotMetrics.CommandAnswered(request.Platform, request.Command, Stopwatch.GetElapsedTime(started));
            return answer;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(request.Command);
            activity?.SetStatus(ActivityStatusCode.Error, "timeout");
            return ChatAnswer.Text("Too slow", "That took too long to answer; please try again in a moment.", ephemeral: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, request.Command);
            NewsBotTracing.Failed(activity, e);
            return ChatAnswer.Text("Sorry", "Something went wrong answering that. The error is logged; please try again.", ephemeral: true);
        }
    }

    private static readonly Func<ILogger, string, string, string, IDisposable?> RequestScope =
        LoggerMessage.DefineScope<string, string, string>("{Platform} channel {Channel} command {Command}");

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Command {Command} timed out")]
    private partial void LogTimedOut(string command);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Command {Command} failed")]
    private partial void LogFailed(Exception exception, string command);
}
