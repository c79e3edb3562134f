using System.Net;

namespace NewsBot.Core.Feeds;

/// <summary>
/// The SSRF guard for feed URLs and full-text fetches: only http and https, and only hosts whose every resolved
/// address is public (<see cref="AddressPolicy"/>). The check before a request gives a clear refusal; the HTTP
/// handler checks again at connect time, on the addresses it actually connects to, so DNS rebinding cannot slip
/// through. <see cref="AllowPrivateAddresses"/> exists for tests against a server on 127.0.0.1 only.
/// </summary>
/// <param name="resolve">Host name to addresses (Dns.GetHostAddressesAsync in production).</param>
/// <param name="addressPolicy">Why an address is refused, or null when allowed; <see cref="AddressPolicy.Refusal"/>
/// unless given (tests give one that treats some loopback addresses as public).</param>
public sealed class FeedUrlGuard(Func<string, CancellationToken, Task<IPAddress[]>> resolve, Func<IPAddress, string?>? addressPolicy = null)
{
    private readonly Func<IPAddress, string?> _refusal = addressPolicy ?? AddressPolicy.Refusal;

    /// <summary>A guard that resolves with the system's DNS.</summary>
    public FeedUrlGuard()
        : this((host, ct) => Dns.GetHostAddressesAsync(host, ct))
    {
    }

    /// <summary>Test-only switch: lets private and loopback addresses through. Never set it in production.</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Why <paramref name="url"/> is refused, or null when it may be fetched.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            return $"only http and https feeds are allowed (got {(url.IsAbsoluteUri ? url.Scheme + "://" : "a relative URL")})";
        if (!string.IsNullOrEmpty(url.UserInfo))
            return "feed URLs must not carry a user name or password";
        if (AllowPrivateAddresses)
            return null;
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) ? [literal] : await resolve(url.IdnHost, cancellationToken);
        }
        catch (System.Net.Sockets.SocketException e)
        {
            return $"the host {url.Host} cannot be resolved ({e.SocketErrorCode})";
        }

        if (addresses.Length == 0)
            return $"the host {url.Host} has no address";
        return addresses.Select(Refusal).FirstOrDefault(r => r is not null);

        string? Refusal(IPAddress address) =>
            _refusal(address) is { } why ? $"{url.Host} resolves to {address}, which is {why}" : null;
    }

    /// <summary>Throws <see cref="ForbiddenAddressException"/> for an address a connection must not reach.</summary>
    public void EnsureAllowed(string host, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!AllowPrivateAddresses && _refusal(address) is { } why)
            throw new ForbiddenAddressException($"refused to connect to {host} ({address}): {why}");
    }
}
