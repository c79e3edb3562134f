namespace NewsBot.Bot.Hosting;

/// <summary>How digests and summaries look (configuration section "Digest").</summary>
public sealed class DigestOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Digest";

    /// <summary>Sentences in each article summary (1-10).</summary>
    public int SummarySentences { get; set; } = 3;

    /// <summary>The most stories one digest shows (1-50).</summary>
    public int MaxStories { get; set; } = 10;

    /// <summary>The period /digest covers when none is given, e.g. 24h or 7d.</summary>
    public string DefaultPeriod { get; set; } = "24h";
}
