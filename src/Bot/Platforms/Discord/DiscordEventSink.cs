using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Platforms.Discord.Gateway;
using NewsBot.Bot.Platforms.Discord.Interactions;
using NewsBot.Bot.Platforms.Discord.Rest;

namespace NewsBot.Bot.Platforms.Discord;

/// <summary>Maps gateway events to work items and queues them; runs on the receive loop, so it never waits.</summary>
internal sealed partial class DiscordEventSink(
    DiscordWorkQueue queue, DiscordIdentity identity, DiscordRestClient rest, TimeProvider clock, ILogger<DiscordEventSink> logger) : IGatewayEventSink
{
    private int _registered;

    public void OnReady(GatewayReady ready)
    {
        identity.Set(ready.UserId, ready.ApplicationId);
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            Post(new RegisterCommandsWork(identity.ApplicationId ?? ready.ApplicationId), "READY");
    }

    public void OnDispatch(string type, JsonElement data)
    {
        try
        {
            Map(type, data);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // A malformed event must not drop the connection: it would be replayed on resume, again and again.
            LogMalformed(e, type);
        }
    }

    private void Map(string type, JsonElement data)
    {
        switch (type)
        {
            case "INTERACTION_CREATE":
                var interaction = DiscordInteraction.Parse(data);
                if (interaction.Type == DiscordInteraction.ApplicationCommand)
                    Post(new InteractionWork(interaction, clock.GetUtcNow(), new CallbackReply(rest, interaction.Id, interaction.Token)), type);
                break;
            case "MESSAGE_CREATE":
                if (identity.UserId is { } self && MentionDetector.Question(data, self) is { } question)
                {
                    Post(new MentionWork(data.GetProperty("channel_id").GetString()!, data.GetProperty("id").GetString()!,
                        data.GetProperty("author").GetProperty("id").GetString()!, question), type);
                }

                break;
        }
    }

    private void Post(DiscordWork work, string type)
    {
        if (!queue.TryPost(work))
            LogOverloaded(type);
    }

    [LoggerMessage(EventId = 6142, Level = LogLevel.Warning, Message = "Discord sent a malformed {Type}; ignored")]
    private partial void LogMalformed(Exception exception, string type);

    [LoggerMessage(EventId = 6140, Level = LogLevel.Warning, Message = "Discord work queue full; dropped a {Type}")]
    private partial void LogOverloaded(string type);
}
