using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Console;

/// <summary>The embedded default's digest sender: prints scheduled digests in the console chat.</summary>
internal sealed class ConsoleDigestSender(ConsoleChatPlatform platform) : IDigestSender
{
    public string Platform => "console";

    public async Task<string?> SendDigestAsync(string channelId, ChatAnswer answer, string idempotencyKey, CancellationToken cancellationToken)
    {
        await platform.SendAsync(channelId, answer, cancellationToken);
        return null;
    }
}
