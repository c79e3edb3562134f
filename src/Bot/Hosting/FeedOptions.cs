namespace NewsBot.Bot.Hosting;

/// <summary>The feed folder the bot watches (configuration section "Feeds").</summary>
public sealed class FeedOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Feeds";

    /// <summary>The folder of article files, relative to the working directory (or to the executable's folder).</summary>
    public string Folder { get; set; } = "samples/feeds";

    /// <summary>Whether sub-folders are watched too.</summary>
    public bool Recursive { get; set; } = true;

    /// <summary>Seconds between full rescans, which catch what file-system events miss.</summary>
    public int RescanSeconds { get; set; } = 60;
}
