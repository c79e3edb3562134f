using System.Text.Json.Nodes;

namespace NewsBot.Bot.Platforms.Discord.Interactions;

/// <summary>Where an interaction's first response goes: a REST callback (gateway) or the HTTP response (endpoint).</summary>
internal interface IInteractionReply
{
    Task RespondAsync(JsonObject response, CancellationToken cancellationToken);
}
