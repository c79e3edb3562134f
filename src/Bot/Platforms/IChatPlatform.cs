using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms;

/// <summary>
/// The narrow seam each chat platform sits behind (console, Discord, Slack): it delivers answers to a channel.
/// Receiving is each platform's own hosted service, which turns events into <see cref="ChatRequest"/>s for the
/// shared <see cref="Hosting.ChatDispatcher"/>. A library client can replace one implementation.
/// </summary>
public interface IChatPlatform
{
    /// <summary>console, discord or slack.</summary>
    string Name { get; }

    /// <summary>Posts <paramref name="answer"/> to <paramref name="channelId"/>, split to the platform's limits.</summary>
    Task SendAsync(string channelId, ChatAnswer answer, CancellationToken cancellationToken);
}
