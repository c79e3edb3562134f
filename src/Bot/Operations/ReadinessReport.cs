namespace NewsBot.Bot.Operations;

/// <summary>What /readyz found.</summary>
/// <param name="Ready">True when the store answered and every platform is connected.</param>
/// <param name="Store">"ok" or why the store did not answer (the exception's type, never a connection string).</param>
/// <param name="Platforms">Each platform's connection state.</param>
public sealed record ReadinessReport(bool Ready, string Store, IReadOnlyDictionary<string, bool> Platforms);
