using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>Answers a free-text question put to the bot (a mention, a DM, or a typed line).</summary>
public sealed class AskHandler(INewsStore store, TimeProvider clock) : ICommandHandler
{
    /// <inheritdoc />
    public string Name => "ask";

    /// <inheritdoc />
    public string Usage => "QUESTION";

    /// <inheritdoc />
    public string Description => "Ask a question: what did X say about Y, who said ...";

    /// <inheritdoc />
    public async Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Arguments.Trim().Length == 0)
            return ChatAnswer.Text("Ask me", "Ask me who said what, e.g. \"what did Lecornu say about troops?\" Type /help for commands.", ephemeral: true);
        var question = QuestionParser.Parse(request.Arguments);
        var since = question.SinceText is null ? null : TimeExpressions.Since(question.SinceText, clock.GetUtcNow());
        if (question.WantsSpeakers)
        {
            var speakers = await store.ListSpeakersAsync(question.Topic, since, cancellationToken);
            var title = $"Who talked about {question.Topic}";
            return speakers.Count == 0
                ? ChatAnswer.Text(title, $"No one is quoted on '{question.Topic}'{(since is null ? "" : $" since {since:yyyy-MM-dd}")}.")
                : ChatAnswer.Text(title, string.Join('\n', speakers.Select(s => $"{s.Speaker}: {s.Quotes}")));
        }

        var hits = await store.FindQuotesAsync(new QuoteQuery(question.Speaker, question.Topic, question.Phrase, since), cancellationToken);
        var searched = Describe(question, since);
        var suggestion = hits.Count == 0 && question.Speaker is not null
            ? await QuoteAnswers.SuggestSpeakerAsync(store, question.Speaker, cancellationToken)
            : null;
        var heading = question.Phrase is not null ? $"Who said “{question.Phrase}”" : question.Speaker is not null ? $"What {question.Speaker} said" : "Quotes";
        return QuoteAnswers.From(heading, searched, hits, suggestion);
    }

    private static string Describe(ParsedQuestion q, DateTimeOffset? since)
    {
        var parts = new List<string>();
        if (q.Speaker is not null)
            parts.Add($"quotes from '{q.Speaker}'");
        if (q.Phrase is not null)
            parts.Add($"the words '{q.Phrase}'");
        if (q.Topic is not null)
            parts.Add($"about '{q.Topic}'");
        if (since is not null)
            parts.Add($"since {since:yyyy-MM-dd}");
        return string.Join(' ', parts);
    }
}
