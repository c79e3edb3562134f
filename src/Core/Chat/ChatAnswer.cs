namespace NewsBot.Core.Chat;

/// <summary>
/// An answer built once, platform-neutral, and rendered three ways (console text, Discord embeds, Slack blocks).
/// </summary>
/// <param name="Title">The headline of the answer.</param>
/// <param name="Sections">The body, in order.</param>
/// <param name="Footer">A closing line (period covered, what was searched), if any.</param>
public sealed record ChatAnswer(string Title, IReadOnlyList<AnswerSection> Sections, string? Footer = null)
{
    /// <summary>Only the asker should see it (errors, help, refusals).</summary>
    public bool Ephemeral { get; init; }

    /// <summary>A short answer with one paragraph of text.</summary>
    public static ChatAnswer Text(string title, string body, bool ephemeral = false) =>
        new(title, [new AnswerSection(null, body)]) { Ephemeral = ephemeral };
}
