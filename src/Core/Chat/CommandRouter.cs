using System.Text;

namespace NewsBot.Core.Chat;

/// <summary>
/// The one router every platform uses: finds the handler for a request's command, answers /help itself, and turns
/// an unknown command into a helpful answer. Handlers' exceptions propagate to the platform's per-message boundary.
/// </summary>
public sealed class CommandRouter
{
    private readonly Dictionary<string, ICommandHandler> _handlers;

    /// <summary>A router over <paramref name="handlers"/> (names must be unique).</summary>
    public CommandRouter(IEnumerable<ICommandHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _handlers = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The registered commands, for /help and platform registration.</summary>
    public IReadOnlyCollection<ICommandHandler> Commands => _handlers.Values;

    /// <summary>Answers <paramref name="request"/>.</summary>
    public Task<ChatAnswer> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.Equals(request.Command, "help", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(Help());
        if (_handlers.TryGetValue(request.Command, out var handler))
            return handler.HandleAsync(request, cancellationToken);
        return Task.FromResult(ChatAnswer.Text("Unknown command",
            $"I don't know /{request.Command}. Type /help for the commands I answer.", ephemeral: true));
    }

    private ChatAnswer Help()
    {
        var text = new StringBuilder();
        foreach (var handler in _handlers.Values.Where(h => h.Name != "ask").OrderBy(h => h.Name, StringComparer.Ordinal))
            text.Append('/').Append(handler.Name).Append(handler.Usage.Length > 0 ? " " + handler.Usage : "").Append(" — ").Append(handler.Description).Append('\n');
        text.Append("/help — this list\n");
        text.Append("Or mention me with a question: \"what did Lecornu say about troops?\", \"who said the ball is in their court?\"");
        return ChatAnswer.Text("NewsBot commands", text.ToString(), ephemeral: true);
    }
}
