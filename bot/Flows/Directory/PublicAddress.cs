using System.Net;
using System.Net.Sockets;

namespace ChatPhone.Bot.Flows.Directory;

/// <summary>
/// Whether an IP address is on the public internet: not loopback, private, link-local (cloud metadata at
/// 169.254.169.254), shared (CGNAT 100.64/10), multicast, unspecified, broadcast, documentation or otherwise reserved;
/// IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the address they embed.
/// </summary>
internal static class PublicAddress
{
    private static readonly (byte[] Prefix, int Bits)[] NonPublicV4 =
    [
        ([0, 0, 0, 0], 8),          // "this network", 0.0.0.0
        ([10, 0, 0, 0], 8),         // private
        ([100, 64, 0, 0], 10),      // shared address space (CGNAT)
        ([127, 0, 0, 0], 8),        // loopback
        ([169, 254, 0, 0], 16),     // link-local, cloud metadata
        ([172, 16, 0, 0], 12),      // private
        ([192, 0, 0, 0], 24),       // IETF protocol assignments
        ([192, 0, 2, 0], 24),       // documentation
        ([192, 88, 99, 0], 24),     // 6to4 relay anycast
        ([192, 168, 0, 0], 16),     // private
        ([198, 18, 0, 0], 15),      // benchmarking
        ([198, 51, 100, 0], 24),    // documentation
        ([203, 0, 113, 0], 24),     // documentation
        ([224, 0, 0, 0], 4),        // multicast
        ([240, 0, 0, 0], 4),        // reserved, broadcast
    ];

    private static readonly (byte[] Prefix, int Bits)[] NonPublicV6 =
    [
        ([0x01, 0x00], 64),         // discard-only 100::/64
        ([0x20, 0x01, 0x00, 0x00], 32), // Teredo (tunnels to anywhere)
        ([0x20, 0x01, 0x0d, 0xb8], 32), // documentation
        ([0xfc], 7),                // unique local
        ([0xfe, 0x80], 10),         // link-local
        ([0xfe, 0xc0], 10),         // site-local (deprecated)
        ([0xff], 8),                // multicast
    ];

    /// <summary>True when a connection to <paramref name="address"/> leaves for the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !NonPublicV4.Any(range => InRange(address.GetAddressBytes(), range.Prefix, range.Bits));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        if (Embedded(bytes) is { } v4)
        {
            return IsPublic(v4);
        }

        // ::/96 without an embedded address covers :: and ::1; everything outside 2000::/3 is unassigned or special.
        return (bytes[0] & 0xe0) == 0x20 && !NonPublicV6.Any(range => InRange(bytes, range.Prefix, range.Bits));
    }

    // The IPv4 address inside ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64) or 2002:ab:cd:: (6to4).
    private static IPAddress? Embedded(byte[] v6)
    {
        if (v6.Take(10).All(b => b == 0) && ((v6[10] == 0xff && v6[11] == 0xff) || (v6[10] == 0 && v6[11] == 0 && v6.Skip(12).Any(b => b != 0) && !IsLoopbackV6(v6))))
        {
            return new IPAddress(v6[12..16]);
        }

        if (v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xff && v6[3] == 0x9b)
        {
            return new IPAddress(v6[12..16]);
        }

        return v6[0] == 0x20 && v6[1] == 0x02 ? new IPAddress(v6[2..6]) : null;
    }

    private static bool IsLoopbackV6(byte[] v6) => v6.Take(15).All(b => b == 0) && v6[15] == 1;

    private static bool InRange(byte[] address, byte[] prefix, int bits)
    {
        for (var i = 0; i < bits; i++)
        {
            var mask = 0x80 >> (i % 8);
            var expected = i / 8 < prefix.Length ? prefix[i / 8] & mask : 0;
            if ((address[i / 8] & mask) != expected)
            {
                return false;
            }
        }

        return true;
    }
}
