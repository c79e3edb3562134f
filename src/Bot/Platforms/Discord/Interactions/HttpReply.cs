using System.Text.Json.Nodes;

namespace NewsBot.Bot.Platforms.Discord.Interactions;

/// <summary>Answers an HTTP-endpoint interaction: the first response becomes the body of Discord's POST.</summary>
internal sealed class HttpReply : IInteractionReply
{
    private readonly TaskCompletionSource<JsonObject> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<JsonObject> Response => _response.Task;

    public Task RespondAsync(JsonObject response, CancellationToken cancellationToken)
    {
        if (!_response.TrySetResult(response))
            throw new InvalidOperationException("This interaction was already answered.");
        return Task.CompletedTask;
    }
}
