namespace NewsBot.Core.Chat;

/// <summary>One slash command. Handlers are platform-neutral and tested once for every platform.</summary>
public interface ICommandHandler
{
    /// <summary>The command name without slash, lower case ("whosaid").</summary>
    string Name { get; }

    /// <summary>The argument syntax for /help ("NAME [about TOPIC] [since DATE]").</summary>
    string Usage { get; }

    /// <summary>One line for /help and the platforms' command registration (at most 100 characters).</summary>
    string Description { get; }

    /// <summary>Answers the request. Expected misses are answers, not exceptions.</summary>
    Task<ChatAnswer> HandleAsync(ChatRequest request, CancellationToken cancellationToken);
}
