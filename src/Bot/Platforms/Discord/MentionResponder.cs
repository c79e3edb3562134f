using NewsBot.Bot.Hosting;
using NewsBot.Bot.Platforms.Discord.Rendering;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>Answers a mention with the Q&amp;A engine (the router's "ask"), as a reply to the asking message.</summary>
internal sealed class MentionResponder(ChatDispatcher dispatcher, DiscordChannelSender sender, DiscordChannelProfiles profiles)
{
    public async Task HandleAsync(MentionWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var request = new ChatRequest("discord", work.ChannelId, work.UserId, "ask", work.Question) { Profile = profiles.ProfileOf(work.ChannelId) };
        var answer = await dispatcher.DispatchAsync(request, cancellationToken);
        // The asking message's id makes the nonce, so a redelivered event after a resume cannot answer twice.
        await sender.PostAsync(work.ChannelId, DiscordRenderer.Render(answer), "reply:" + work.MessageId, work.MessageId, cancellationToken);
    }
}
