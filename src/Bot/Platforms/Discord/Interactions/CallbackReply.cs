using System.Text.Json.Nodes;
using NewsBot.Bot.Platforms.Discord.Rest;

namespace NewsBot.Bot.Platforms.Discord.Interactions;

/// <summary>Answers a gateway interaction with POST /interactions/{id}/{token}/callback.</summary>
internal sealed class CallbackReply(DiscordRestClient rest, string interactionId, string token) : IInteractionReply
{
    public Task RespondAsync(JsonObject response, CancellationToken cancellationToken) =>
        rest.SendAsync(DiscordRoutes.InteractionCallback(interactionId, token, response), cancellationToken);
}
