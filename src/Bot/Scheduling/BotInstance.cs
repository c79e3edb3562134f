namespace NewsBot.Bot.Scheduling;

/// <summary>This process's name in the delivery log and the logs: host name plus process id, unique across replicas.</summary>
/// <param name="Id">The instance id.</param>
public sealed record BotInstance(string Id)
{
    /// <summary>The instance of the running process.</summary>
    public static BotInstance Current { get; } = new($"{Environment.MachineName}-{Environment.ProcessId}");
}
