namespace NewsBot.Bot.Operations;

/// <summary>The optional HTTP endpoint: /healthz, /readyz and the Prometheus scrape (configuration section "Http").</summary>
public sealed class HttpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Http";

    /// <summary>Whether the HTTP endpoint runs (off in the embedded default).</summary>
    public bool Enabled { get; set; }

    /// <summary>Where Kestrel listens, separated by ';', e.g. "http://0.0.0.0:8080".</summary>
    public string Urls { get; set; } = "http://127.0.0.1:8080";

    /// <summary>Whether /metrics serves the Prometheus scrape of the NewsBot and Quartz meters.</summary>
    public bool Prometheus { get; set; } = true;
}
