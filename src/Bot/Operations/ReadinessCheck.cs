using NewsBot.Core.Storage;

namespace NewsBot.Bot.Operations;

/// <summary>The readiness check behind /readyz: a cheap store query under a short timeout, and each platform's state.</summary>
public static class ReadinessCheck
{
    /// <summary>How long the store may take to answer before the instance is reported not ready.</summary>
    public static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Checks <paramref name="store"/> and <paramref name="platforms"/>.</summary>
    public static async Task<ReadinessReport> RunAsync(INewsStore store, IEnumerable<IPlatformHealth> platforms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(platforms);
        string storeState;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(StoreTimeout);
            try
            {
                await store.GetStatisticsAsync(timeout.Token);
                storeState = "ok";
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // The type only: a driver's message can carry a host name or a user name.
                storeState = "unreachable (" + e.GetType().Name + ")";
            }
        }

        var states = platforms.ToDictionary(p => p.Platform, p => p.IsConnected, StringComparer.Ordinal);
        return new ReadinessReport(storeState == "ok" && states.Values.All(c => c), storeState, states);
    }
}
