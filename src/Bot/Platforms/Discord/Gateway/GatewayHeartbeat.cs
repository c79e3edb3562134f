namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>
/// The heartbeat of one connection: the first beat after interval × random (so reconnecting clients spread out),
/// then one every interval. A beat due while the previous one is still unacknowledged means a zombie connection.
/// </summary>
internal sealed class GatewayHeartbeat(TimeProvider clock, Func<double> random)
{
    private int _acked = 1;

    /// <summary>Records op 11.</summary>
    public void Acknowledge() => Volatile.Write(ref _acked, 1);

    /// <summary>
    /// Beats through <paramref name="send"/> until cancelled; returns (true) as soon as a beat finds no ack for the
    /// previous one, and the caller drops the connection and resumes.
    /// </summary>
    public async Task<bool> RunAsync(TimeSpan interval, Func<CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        var delay = interval * random();
        while (true)
        {
            try
            {
                await Task.Delay(delay, clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            if (Interlocked.Exchange(ref _acked, 0) == 0)
                return true;
            await send(cancellationToken);
            delay = interval;
        }
    }
}
