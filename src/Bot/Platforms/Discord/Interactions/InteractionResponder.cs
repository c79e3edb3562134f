using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Platforms.Discord.Rendering;
using NewsBot.Bot.Platforms.Discord.Rest;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Discord.Interactions;

/// <summary>
/// Answers a slash command within Discord's 3 s: at once (type 4) when the answer is ready within
/// Discord:DeferAfterMilliseconds, else deferred (type 5) and completed by editing the original response.
/// Failures become a polite ephemeral message, never silence.
/// </summary>
internal sealed class InteractionResponder(
    ChatDispatcher dispatcher, DiscordRestClient rest, DiscordChannelProfiles profiles, TimeProvider clock, IOptions<DiscordOptions> options)
{
    private const int ChannelMessage = 4;
    private const int DeferredChannelMessage = 5;

    public async Task HandleAsync(InteractionWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var interaction = work.Interaction;
        var responded = false;
        try
        {
            var request = InteractionRequests.ToRequest(interaction, profiles.ProfileOf(interaction.ChannelId));
            var answering = dispatcher.DispatchAsync(request, cancellationToken);
            var deferAfter = TimeSpan.FromMilliseconds(options.Value.DeferAfterMilliseconds);
            var wait = deferAfter - (clock.GetUtcNow() - work.ReceivedAt);
            if (wait > TimeSpan.Zero && !answering.IsCompleted)
                await Task.WhenAny(answering, Task.Delay(wait, clock, cancellationToken));
            if (deferAfter > TimeSpan.Zero && answering.IsCompleted)
            {
                var messages = DiscordRenderer.Render(await answering);
                var ephemeral = (await answering).Ephemeral;
                responded = true;
                await work.Reply.RespondAsync(new JsonObject { ["type"] = ChannelMessage, ["data"] = messages[0].ToJson(ephemeral) }, cancellationToken);
                await FollowUpAsync(interaction, messages.Skip(1), ephemeral, cancellationToken);
                return;
            }

            responded = true;
            await work.Reply.RespondAsync(new JsonObject { ["type"] = DeferredChannelMessage }, cancellationToken);
            var answer = await answering;
            var parts = DiscordRenderer.Render(answer);
            if (answer.Ephemeral)
            {
                // The deferral was public and an edit cannot make it private: replace it with a private follow-up.
                await rest.SendAsync(DiscordRoutes.DeleteOriginal(interaction.ApplicationId, interaction.Token), cancellationToken);
                await FollowUpAsync(interaction, parts, true, cancellationToken);
                return;
            }

            await rest.SendAsync(DiscordRoutes.EditOriginal(interaction.ApplicationId, interaction.Token, parts[0].ToJson()), cancellationToken);
            await FollowUpAsync(interaction, parts.Skip(1), false, cancellationToken);
        }
        catch (Exception) when (!responded && !cancellationToken.IsCancellationRequested)
        {
            var sorry = DiscordRenderer.Render(ChatAnswer.Text("Sorry", "Something went wrong answering that. The error is logged; please try again.", ephemeral: true));
            await work.Reply.RespondAsync(new JsonObject { ["type"] = ChannelMessage, ["data"] = sorry[0].ToJson(ephemeral: true) }, cancellationToken);
            throw;
        }
    }

    private async Task FollowUpAsync(DiscordInteraction interaction, IEnumerable<DiscordMessage> messages, bool ephemeral, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
            await rest.SendAsync(DiscordRoutes.FollowUp(interaction.ApplicationId, interaction.Token, message.ToJson(ephemeral)), cancellationToken);
    }
}
