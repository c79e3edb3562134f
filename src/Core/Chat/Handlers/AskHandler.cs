using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;

namespace NewsBot.Core.Chat.Handlers;

/// <summary>
/// Answers a free-text question put to the bot (a mention, a DM, or a typed line): "what did Lecornu say about
/// troops?", "who said the ball is in their court?", "who talked about air cover this week?", "has Rubio said
/// anything new since Monday?".
/// </summary>
public sealed class AskHandler(INewsStore store, TimeProvider clock, IdentityResolver? identities = null) : ICommandHandler
{
    private readonly SpeakerNames _names = new(store, identities);

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
        if (question.SinceText is not null && since is null)
            return ChatAnswer.Text("Ask me", $"I can't read the time '{question.SinceText}'. Try monday, yesterday, this week, 7d or 2025-03-12.", ephemeral: true);
        if (question.WantsSpeakers)
        {
            var speakers = await store.ListSpeakersAsync(question.Topic, since, cancellationToken);
            var title = $"Who talked about {question.Topic}";
            var period = since is null ? "" : $" since {since:yyyy-MM-dd}";
            return speakers.Count == 0
                ? ChatAnswer.Text(title, $"No one is quoted on '{question.Topic}'{period}. Try fewer or other words, or /quotes {question.Topic}.")
                : ChatAnswer.Text(title, string.Join('\n', speakers.Select(s => $"{s.Speaker}{(s.Role is null ? "" : ", " + s.Role)}: {s.Quotes} {(s.Quotes == 1 ? "quote" : "quotes")}")));
        }

        var heading = question.Phrase is not null ? $"Who said “{question.Phrase}”"
            : question.Speaker is not null ? $"What {_names.Canonical(question.Speaker)} said" + (question.Topic is null ? "" : $" about {question.Topic}")
            : $"Quotes about {question.Topic}";
        var query = new QuoteQuery(question.Speaker, question.Topic, question.Phrase, since);
        return await QuoteAnswers.AnswerAsync(store, _names, heading, query, cancellationToken);
    }
}
