using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of the test server that reads the RESP the client sends and records
/// every command name, so a test can count exactly what a use case sends, on Redis and Garnet alike.
/// </summary>
public sealed class RespProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _upstreamHost;
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly List<Task> _pumps = [];

    public RespProxy(string upstream)
    {
        var parts = upstream.Split(',')[0].Split(':');
        _upstreamHost = parts[0];
        _upstreamPort = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        _listener.Start();
        _pumps.Add(AcceptAsync());
    }

    /// <summary>The endpoint clients connect to.</summary>
    public string Endpoint => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Forgets what was recorded so far.</summary>
    public void Reset() => _commands.Clear();

    /// <summary>The command names recorded since the last reset, upper-case, in arrival order per connection.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await Task.WhenAll(_pumps.ToArray());
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // Connections end when the proxy stops.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var server = new TcpClient();
            await server.ConnectAsync(_upstreamHost, _upstreamPort, _stop.Token);
            lock (_pumps)
            {
                _pumps.Add(PumpAsync(client.GetStream(), server.GetStream(), record: true));
                _pumps.Add(PumpAsync(server.GetStream(), client.GetStream(), record: false));
            }
        }
    }

    private async Task PumpAsync(Stream from, Stream to, bool record)
    {
        var parser = new CommandParser(_commands);
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            if (record)
            {
                parser.Feed(buffer.AsSpan(0, read));
            }

            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }

    /// <summary>Reads RESP arrays of bulk strings (how clients send commands) and records each first element.</summary>
    private sealed class CommandParser(ConcurrentQueue<string> sink)
    {
        private readonly List<byte> _pending = [];

        public void Feed(ReadOnlySpan<byte> bytes)
        {
            _pending.AddRange(bytes.ToArray());
            var data = _pending.ToArray();
            var position = 0;
            while (TryReadCommand(data, ref position, out var name))
            {
                sink.Enqueue(name);
                _pending.RemoveRange(0, position);
                data = _pending.ToArray();
                position = 0;
            }
        }

        private static bool TryReadCommand(byte[] data, ref int position, out string name)
        {
            name = string.Empty;
            var start = position;
            if (!TryReadLine(data, ref position, out var header) || header[0] != '*')
            {
                position = start;
                return false;
            }

            var count = int.Parse(header.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                if (!TryReadLine(data, ref position, out var length) || position + int.Parse(length.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) + 2 > data.Length)
                {
                    position = start;
                    return false;
                }

                var size = int.Parse(length.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
                if (i == 0)
                {
                    name = Encoding.ASCII.GetString(data, position, size).ToUpperInvariant();
                }

                position += size + 2;
            }

            return true;
        }

        private static bool TryReadLine(byte[] data, ref int position, out string line)
        {
            for (var i = position; i + 1 < data.Length; i++)
            {
                if (data[i] == '\r' && data[i + 1] == '\n')
                {
                    line = Encoding.ASCII.GetString(data, position, i - position);
                    position = i + 2;
                    return true;
                }
            }

            line = string.Empty;
            return false;
        }
    }
}
