using NewsBot.Core.Digests;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>/digest [since 24h]: the digest of a recent period (by default <c>defaultPeriod</c>) for the channel's profile.</summary>
public sealed class DigestHandler(DigestBuilder digests, TimeProvider clock, TimeSpan defaultPeriod) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "digest";

    /// <inheritdoc />
    public string Usage => "[PERIOD, e.g. 24h or 7d]";

    /// <inheritdoc />
    public string Description => "The digest of the recent period's stories";

    /// <inheritdoc />
    public Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var argument = request.Arguments.Trim();
        if (argument.StartsWith("since ", StringComparison.OrdinalIgnoreCase))
            argument = argument[6..];
        var now = clock.GetUtcNow();
        var from = argument.Length == 0 ? now - defaultPeriod : TimeExpressions.Since(argument, now);
        if (from is null)
            return Task.FromResult(ChatAnswer.Text("Digest", $"I can't read the period '{argument}'. Try 24h, 7d or a date.", ephemeral: true));
        return digests.BuildAsync(new DigestPeriod(from.Value, now), request.Profile, cancellationToken);
    }
}
