namespace NewsBot.Bot.Operations;

/// <summary>Liveness heartbeat and command rate limits (configuration section "Operations").</summary>
public sealed class OperationsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Operations";

    /// <summary>The file the running host touches; the container's HEALTHCHECK checks its age. Relative to the working directory.</summary>
    public string HeartbeatFile { get; set; } = "data/heartbeat";

    /// <summary>Seconds between touches of the heartbeat file (1-300); the health check allows a few missed touches.</summary>
    public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>Commands and mentions one user may send per minute (burst included) before being asked to wait (1-1000).</summary>
    public int UserCommandsPerMinute { get; set; } = 6;

    /// <summary>Commands and mentions one channel may send per minute, all users together (1-10000).</summary>
    public int ChannelCommandsPerMinute { get; set; } = 20;

    /// <summary>An OTLP collector (http://host:4317) to send traces and metrics to; empty sends none.</summary>
    public Uri? OtlpEndpoint { get; set; }
}
