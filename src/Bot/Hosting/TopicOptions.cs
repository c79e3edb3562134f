namespace NewsBot.Bot.Hosting;

/// <summary>The topic profiles (configuration section "Topics").</summary>
public sealed class TopicOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Topics";

    /// <summary>The folder of profile JSON files, relative to the working directory (or to the executable's folder).</summary>
    public string ProfileFolder { get; set; } = "profiles";

    /// <summary>The profile used where a channel chose none.</summary>
    public string DefaultProfile { get; set; } = "coalition";
}
