namespace NewsBot.Bot.Platforms.Discord.Rendering;

/// <summary>Discord's message limits (API v10); past any of them a post fails with 400 "Invalid Form Body".</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTotal = 6000;
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;

    /// <summary>The longest single block (a quote, a paragraph piece, a link line) the renderer builds.</summary>
    public const int Block = 1024;
}
