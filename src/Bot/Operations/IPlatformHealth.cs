namespace NewsBot.Bot.Operations;

/// <summary>A chat platform's connection state, for /readyz. Each platform's connection service implements it.</summary>
public interface IPlatformHealth
{
    /// <summary>console, discord or slack.</summary>
    string Platform { get; }

    /// <summary>True while the platform's connection is up (gateway or socket open, or nothing to connect).</summary>
    bool IsConnected { get; }
}
