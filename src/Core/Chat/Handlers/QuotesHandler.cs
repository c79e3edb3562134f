using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>/quotes TOPIC: quotes about a topic from anyone, best first.</summary>
public sealed class QuotesHandler(INewsStore store) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public string Usage => "TOPIC";

    /// <inheritdoc />
    public string Description => "Quotes about a topic, with speakers";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var topic = request.Arguments.Trim();
        if (FtsQuery.From(topic) is null)
            return ChatAnswer.Text("Quotes", "Usage: /quotes TOPIC, e.g. /quotes air cover", ephemeral: true);
        var hits = await store.FindQuotesAsync(new QuoteQuery(Topic: topic), cancellationToken);
        return QuoteAnswers.From($"Quotes about {topic}", $"quotes about '{topic}'", hits);
    }
}
