using System.Net;
using System.Net.Sockets;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// Fixed loopback ports for servers a test starts as separate processes (they must keep their port across a
/// restart, so the system cannot pick one). Taken from a small range kept for these tests; a port in use is skipped.
/// </summary>
public static class LoopbackPorts
{
    // CHATPHONE_TEST_PORTS=first-last moves the range.
    private static readonly (int First, int Last) Range = ParseRange(Environment.GetEnvironmentVariable("CHATPHONE_TEST_PORTS") ?? "6430-6439");

    private static readonly HashSet<int> Taken = [];

    /// <summary>A port of the range that nothing listens on and no other test of this run holds.</summary>
    public static int Take()
    {
        lock (Taken)
        {
            for (var port = Range.First; port <= Range.Last; port++)
            {
                if (!Taken.Contains(port) && IsFree(port))
                {
                    Taken.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException(
            $"No free loopback port in {Range.First}-{Range.Last}; free one or set CHATPHONE_TEST_PORTS=first-last.");
    }

    /// <summary>Gives a port back once its server is gone.</summary>
    public static void Return(int port)
    {
        lock (Taken)
        {
            Taken.Remove(port);
        }
    }

    /// <summary>True when nothing listens on loopback <paramref name="port"/>.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static (int, int) ParseRange(string text)
    {
        var parts = text.Split('-');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
