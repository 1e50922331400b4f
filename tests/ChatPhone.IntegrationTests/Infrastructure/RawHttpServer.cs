using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>
/// A bare HTTP/1.1 server on a loopback port: each connection is counted, its request head read, and the answer
/// written by the test's <c>respond</c> (status line, headers and body as raw text, or trickled). Used to show what the
/// bot fetches, and what it never even connects to.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, Stream, CancellationToken, Task> _respond;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;

    private RawHttpServer(Func<string, Stream, CancellationToken, Task> respond)
    {
        _respond = respond;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The listening address (127.0.0.1 and the port the system chose).</summary>
    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndpoint;

    /// <summary>How many connections were accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Starts a server; <paramref name="respond"/> gets the request head (request line and headers) and the stream.</summary>
    public static RawHttpServer Start(Func<string, Stream, CancellationToken, Task> respond) => new(respond);

    /// <summary>A server answering every request with <paramref name="status"/>, <paramref name="headers"/> (CRLF-separated) and <paramref name="body"/>.</summary>
    public static RawHttpServer Answering(string status, string headers = "", string body = "") =>
        Start((_, stream, token) => WriteAsync(stream, status, headers, body, token));

    /// <summary>Writes one whole response, closing the connection after it.</summary>
    public static Task WriteAsync(Stream stream, string status, string headers, string body, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status}\r\nConnection: close\r\nContent-Length: {bytes.Length}\r\n{(headers.Length > 0 ? headers + "\r\n" : string.Empty)}\r\n";
        return stream.WriteAsync(Encoding.ASCII.GetBytes(head).Concat(bytes).ToArray(), cancellationToken).AsTask();
    }

    /// <summary>The address of <paramref name="path"/> on this server, written with <paramref name="host"/> (127.0.0.1 unless told).</summary>
    public string Url(string path, string host = "127.0.0.1") => $"http://{host}:{EndPoint.Port}{path}";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var clients = new List<Task>();
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                clients.Add(ServeAsync(client));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        await Task.WhenAll(clients);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = new StringBuilder();
                var buffer = new byte[1];
                while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && head.Length < 16 * 1024
                    && await stream.ReadAsync(buffer, _stop.Token) == 1)
                {
                    head.Append((char)buffer[0]);
                }

                await _respond(head.ToString(), stream, _stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The bot hung up (deadline) or the server stopped.
            }
        }
    }
}
