using System.Text.RegularExpressions;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>/whosaid NAME [about TOPIC] [since DATE]: a person's or institution's quotes, best first.</summary>
public sealed partial class WhoSaidHandler(INewsStore store, TimeProvider clock, IdentityResolver? identities = null) : ICommandHandler
{
    private readonly SpeakerNames _names = new(store, identities);

    /// <inheritdoc />
    public string Name => "whosaid";

    /// <inheritdoc />
    public string Usage => "NAME [about TOPIC] [since DATE]";

    /// <inheritdoc />
    public string Description => "What a person or institution said, with outlet, date and link";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var match = Arguments().Match(request.Arguments.Trim());
        var name = match.Groups["name"].Value.Trim();
        if (name.Length == 0)
            return ChatAnswer.Text("Who said what", "Usage: /whosaid NAME [about TOPIC] [since DATE], e.g. /whosaid Healey about troops since monday", ephemeral: true);
        DateTimeOffset? since = null;
        if (match.Groups["since"].Success)
        {
            since = TimeExpressions.Since(match.Groups["since"].Value, clock.GetUtcNow());
            if (since is null)
                return ChatAnswer.Text("Who said what", $"I can't read the date '{match.Groups["since"].Value}'. Try 2025-03-12, monday, yesterday, 24h or 7d.", ephemeral: true);
        }

        var topic = match.Groups["topic"].Success ? match.Groups["topic"].Value.Trim() : null;
        var query = new QuoteQuery(name, topic, null, since);
        return await QuoteAnswers.AnswerAsync(store, _names, $"What {_names.Canonical(name)} said", query, cancellationToken);
    }

    [GeneratedRegex(@"^(?<name>.*?)(?:\s+(?:about|on)\s+(?<topic>.+?))?(?:\s+since\s+(?<since>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Arguments();
}
