using System.Text.RegularExpressions;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>/whosaid NAME [about TOPIC] [since DATE]: a person's quotes, best first.</summary>
public sealed partial class WhoSaidHandler(INewsStore store, TimeProvider clock) : ICommandHandler
{
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
            return ChatAnswer.Text("Who said what", "Usage: /whosaid NAME [about TOPIC] [since DATE], e.g. /whosaid Healey about troops", ephemeral: true);
        DateTimeOffset? since = null;
        if (match.Groups["since"].Success)
        {
            since = TimeExpressions.Since(match.Groups["since"].Value, clock.GetUtcNow());
            if (since is null)
                return ChatAnswer.Text("Who said what", $"I can't read the date '{match.Groups["since"].Value}'. Try 2025-03-12, monday, 24h or 7d.", ephemeral: true);
        }

        var topic = match.Groups["topic"].Success ? match.Groups["topic"].Value : null;
        var hits = await store.FindQuotesAsync(new QuoteQuery(name, topic, null, since), cancellationToken);
        var searched = $"quotes from '{name}'" + (topic is null ? "" : $" about '{topic}'") + (since is null ? "" : $" since {since:yyyy-MM-dd}");
        var suggestion = hits.Count == 0 ? await QuoteAnswers.SuggestSpeakerAsync(store, name, cancellationToken) : null;
        return QuoteAnswers.From($"What {name} said", searched, hits, suggestion);
    }

    [GeneratedRegex(@"^(?<name>.*?)(?:\s+about\s+(?<topic>.+?))?(?:\s+since\s+(?<since>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Arguments();
}
