using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Platforms.Slack;

/// <summary>Slack's log messages (event ids 4100-4199). Tokens, secrets and webhook URLs are never arguments.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Slack: signed in as {UserId} in team {TeamId}")]
    public static partial void SignedIn(this ILogger logger, string userId, string teamId);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Slack {Method} rate limited: retrying after {Seconds} s")]
    public static partial void RateLimited(this ILogger logger, string method, double seconds);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Slack {Method} failed ({Error}, attempt {Attempt}); retrying, the call is safe to repeat")]
    public static partial void RetryingSafeCall(this ILogger logger, string method, string error, int attempt);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Slack auth.test failed ({Error}); retrying in {DelayMs} ms")]
    public static partial void SignInFailed(this ILogger logger, string error, long delayMs);

    [LoggerMessage(EventId = 4132, Level = LogLevel.Debug, Message = "Slack HTTP: retry {RetryNum} ({Reason}) of an event")]
    public static partial void EventRetry(this ILogger logger, string retryNum, string reason);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Slack socket {Slot}: connected ({Connection})")]
    public static partial void SocketConnected(this ILogger logger, int slot, int connection);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Slack socket {Slot}: disconnect requested ({Reason}); opening a new connection first")]
    public static partial void DisconnectRequested(this ILogger logger, int slot, string reason);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "Slack socket {Slot}: connection lost; reconnecting in {DelayMs} ms")]
    public static partial void SocketLost(this ILogger logger, Exception? exception, int slot, long delayMs);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Critical, Message = "Slack socket {Slot}: link_disabled: Socket Mode was turned off for this app; stopping")]
    public static partial void LinkDisabled(this ILogger logger, int slot);

    [LoggerMessage(EventId = 4114, Level = LogLevel.Critical, Message = "Slack: {Method} refused the configured token ({Error}); stopping. Check Slack:BotToken / Slack:AppToken")]
    public static partial void FatalAuth(this ILogger logger, string method, string error);

    [LoggerMessage(EventId = 4115, Level = LogLevel.Debug, Message = "Slack: duplicate delivery {Key} ignored")]
    public static partial void Duplicate(this ILogger logger, string key);

    [LoggerMessage(EventId = 4116, Level = LogLevel.Error, Message = "Slack: the work queue is full; dropped {Command} from channel {Channel}")]
    public static partial void QueueFull(this ILogger logger, string command, string channel);

    [LoggerMessage(EventId = 4117, Level = LogLevel.Warning, Message = "Slack: unreadable frame ignored")]
    public static partial void BadFrame(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Error, Message = "Slack: could not deliver the answer to {Command} in channel {Channel}")]
    public static partial void ReplyFailed(this ILogger logger, Exception exception, string command, string channel);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Information, Message = "Slack: digest {Key} already posted; not posting it again")]
    public static partial void DigestAlreadySent(this ILogger logger, string key);

    [LoggerMessage(EventId = 4130, Level = LogLevel.Warning, Message = "Slack HTTP {Path}: request refused ({Reason})")]
    public static partial void RequestRefused(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 4131, Level = LogLevel.Information, Message = "Slack HTTP endpoints listening on {Address}")]
    public static partial void HttpListening(this ILogger logger, string address);
}
