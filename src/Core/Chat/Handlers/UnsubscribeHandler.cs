using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>/unsubscribe [PROFILE]: stops this channel's daily digests (all profiles when none is named; administrators only).</summary>
public sealed class UnsubscribeHandler(ISubscriptionStore store) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "unsubscribe";

    /// <inheritdoc />
    public string Usage => "[PROFILE]";

    /// <inheritdoc />
    public string Description => "Stop this channel's daily digests (administrators)";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.IsAdmin)
            return AdminOnly.Refusal(Name);
        var profile = request.Arguments.Trim();
        var removed = await store.RemoveSubscriptionAsync(request.Platform, request.ChannelId, profile.Length == 0 ? null : profile, cancellationToken);
        if (removed == 0)
            return ChatAnswer.Text("Unsubscribe", profile.Length == 0 ? "This channel has no daily digest." : $"This channel has no daily {profile} digest.", ephemeral: true);
        return ChatAnswer.Text("Unsubscribed", removed == 1 ? "This channel's daily digest is stopped." : $"This channel's {removed} daily digests are stopped.");
    }
}
