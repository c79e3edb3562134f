using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>/speakers [TOPIC]: who is talking, with counts.</summary>
public sealed class SpeakersHandler(INewsStore store) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "speakers";

    /// <inheritdoc />
    public string Usage => "[TOPIC]";

    /// <inheritdoc />
    public string Description => "Who is talking about a topic, with quote counts";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var topic = request.Arguments.Trim();
        var speakers = await store.ListSpeakersAsync(topic.Length == 0 ? null : topic, null, cancellationToken);
        var title = topic.Length == 0 ? "Speakers" : $"Speakers on {topic}";
        if (speakers.Count == 0)
            return ChatAnswer.Text(title, topic.Length == 0 ? "No quotes stored yet." : $"No one is quoted on '{topic}'.");
        var lines = speakers.Select(s => $"{s.Speaker}{(s.Role is null ? "" : ", " + s.Role)}: {s.Quotes} {(s.Quotes == 1 ? "quote" : "quotes")}");
        return ChatAnswer.Text(title, string.Join('\n', lines));
    }
}
