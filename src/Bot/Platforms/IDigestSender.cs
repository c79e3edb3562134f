using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms;

public interface IDigestSender { string Platform { get; } Task<string?> SendDigestAsync(string channelId, ChatAnswer answer, string idempotencyKey, CancellationToken cancellationToken); }
