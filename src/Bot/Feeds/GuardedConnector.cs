using System.Net;
using System.Net.Sockets;
using NewsBot.Core.Feeds;

namespace NewsBot.Bot.Feeds;

/// <summary>
/// The SocketsHttpHandler ConnectCallback of the feeds client: resolves the host once, checks every address with
/// the SSRF guard and connects only to those very addresses, so a DNS answer that changes between the check and
/// the connection (rebinding) cannot reach a private address. Redirects pass through here too.
/// </summary>
internal sealed class GuardedConnector(FeedUrlGuard guard)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        foreach (var address in addresses)
            guard.EnsureAllowed(host, address);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
