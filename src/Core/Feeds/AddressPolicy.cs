using System.Net;
using System.Net.Sockets;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Which IP addresses a feed fetch may connect to: public unicast only. Refused: loopback, private (10/8,
/// 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10, which holds the cloud metadata service
/// 169.254.169.254), carrier-grade NAT 100.64/10, unspecified, multicast, broadcast, reserved and documentation
/// ranges, and IPv6 forms that embed one of those (IPv4-mapped, NAT64, 6to4). Pure and thread-safe.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Why <paramref name="address"/> is refused, or null when it is a public address.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
            return Refusal(address.MapToIPv4());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => V4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => V6(address),
            _ => "not an IP address",
        };
    }

    private static string? V4(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => "unspecified (0.0.0.0/8)",
        (127, _) => "loopback",
        (10, _) => "private (10.0.0.0/8)",
        (172, >= 16 and <= 31) => "private (172.16.0.0/12)",
        (192, 168) => "private (192.168.0.0/16)",
        (169, 254) => b[2] == 169 && b[3] == 254 ? "the cloud metadata service" : "link-local (169.254.0.0/16)",
        (100, >= 64 and <= 127) => "carrier-grade NAT (100.64.0.0/10)",
        (192, 0) when b[2] is 0 or 2 => "reserved (192.0.0.0/24, 192.0.2.0/24)",
        (198, 18 or 19) => "reserved for benchmarking (198.18.0.0/15)",
        (198, 51) when b[2] == 100 => "documentation (198.51.100.0/24)",
        (203, 0) when b[2] == 113 => "documentation (203.0.113.0/24)",
        (>= 224 and <= 239, _) => "multicast",
        (>= 240, _) => "reserved or broadcast (240.0.0.0/4)",
        _ => null,
    };

    private static string? V6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any))
            return "unspecified (::)";
        if (address.Equals(IPAddress.IPv6Loopback))
            return "loopback";
        if (b[0] == 0xfd && b[1] == 0x00 && b[2] == 0x0e && b[3] == 0xc2)
            return "the cloud metadata service (fd00:ec2::/32)";
        if ((b[0] & 0xfe) == 0xfc)
            return "private (fc00::/7)";
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
            return "link-local (fe80::/10)";
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
            return "site-local (fec0::/10)";
        if (b[0] == 0xff)
            return "multicast";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
            return "documentation (2001:db8::/32)";
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that must pass too.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
            return V4(b[12..16]);
        if (b[0] == 0x20 && b[1] == 0x02)
            return V4(b[2..6]);
        // IPv4-compatible ::a.b.c.d (deprecated) is treated like the IPv4 address it holds.
        if (b.Take(12).All(x => x == 0))
            return V4(b[12..16]);
        return null;
    }
}
