using NewsBot.Bot.Platforms.Slack.Api;
using NewsBot.Bot.Platforms.Slack.Rendering;
using NewsBot.Core.Chat;

namespace NewsBot.Bot.Platforms.Slack.Receiving;

/// <summary>
/// Delivers an answer where its question came from: a slash command through its response_url (visible to the
/// asker only when the answer is ephemeral), a mention or DM in the question's thread.
/// </summary>
internal sealed class SlackResponder(SlackApiClient api)
{
    /// <summary>Slack accepts at most five posts to one response_url.</summary>
    private const int ResponseUrlPosts = 5;

    public async Task ReplyAsync(SlackInbound inbound, ChatAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(answer);
        var messages = SlackBlockRenderer.Render(answer);
        var request = inbound.Request;
        if (inbound.ResponseUrl is { } url)
        {
            foreach (var message in messages.Take(ResponseUrlPosts))
            {
                var body = message.ToPayload();
                body["response_type"] = answer.Ephemeral ? "ephemeral" : "in_channel";
                body["replace_original"] = false;
                await api.PostToUrlAsync(url, body, "response_url", cancellationToken);
            }

            return;
        }

        foreach (var message in messages)
        {
            if (answer.Ephemeral)
                await api.PostEphemeralAsync(request.ChannelId, request.UserId, message, inbound.ThreadTs, cancellationToken);
            else
                await api.PostMessageAsync(request.ChannelId, message, inbound.ThreadTs, cancellationToken);
        }
    }
}
