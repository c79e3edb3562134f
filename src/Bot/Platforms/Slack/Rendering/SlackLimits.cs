namespace NewsBot.Bot.Platforms.Slack.Rendering;

/// <summary>Slack's message limits, kept a little under the documented maxima.</summary>
internal static class SlackLimits
{
    /// <summary>Blocks in one message.</summary>
    public const int BlocksPerMessage = 50;

    /// <summary>Characters in a section's mrkdwn text.</summary>
    public const int SectionText = 3000;

    /// <summary>Characters in a header's plain text.</summary>
    public const int HeaderText = 150;

    /// <summary>Elements in one context block.</summary>
    public const int ContextElements = 10;

    /// <summary>Characters of serialised blocks in one message: Slack answers msg_blocks_too_long past about 13,000.</summary>
    public const int BlocksJson = 12_000;

    /// <summary>Characters of the notification fallback text.</summary>
    public const int FallbackText = 500;
}
