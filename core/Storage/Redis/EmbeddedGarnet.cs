using System.Net;
using System.Net.Sockets;
using Garnet;
using Garnet.server;
using Microsoft.Extensions.Logging;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// An in-process Garnet server on loopback, for running without a Redis: AOF on and waited for
/// before each reply (an acknowledged write survives a crash), recovery on start, memory bounded.
/// </summary>
internal sealed class EmbeddedGarnet : IDisposable
{
    private const int MinThreads = 32;

    private readonly GarnetServer _server;

    private EmbeddedGarnet(GarnetServer server, int port)
    {
        _server = server;
        Port = port;
    }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>Starts a server with <paramref name="options"/>; a port of 0 picks a free one.</summary>
    public static EmbeddedGarnet Start(EmbeddedStoreOptions options, ILoggerFactory? loggerFactory = null)
    {
        var port = options.Port == 0 ? FreeLoopbackPort() : options.Port;
        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        System.IO.Directory.CreateDirectory(dataDirectory);

        var serverOptions = new GarnetServerOptions
        {
            EndPoints = [new IPEndPoint(IPAddress.Loopback, port)],
            EnableAOF = true,
            // A commit per write, and the reply only once it is in the AOF: what was acknowledged survives a kill -9.
            CommitFrequencyMs = 0,
            WaitForCommit = true,
            Recover = true,
            CheckpointDir = dataDirectory,
            EnableStorageTier = true,
            // The managed device: the native one needs a libaio build that Debian 12 does not ship.
            DeviceType = Tsavorite.core.DeviceType.RandomAccess,
            LogDir = dataDirectory,
            LogMemorySize = options.MemorySize,
            IndexMemorySize = options.IndexSize,
            QuietMode = true,
        };

        // Garnet serves from the shared thread pool; on a 2-core machine the default minimum of 2
        // threads makes it wait for thread injection (seconds) whenever the host is busy.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, MinThreads), Math.Max(completions, MinThreads));

        var server = new GarnetServer(serverOptions, loggerFactory);
        server.Start();
        return new EmbeddedGarnet(server, port);
    }

    /// <inheritdoc />
    public void Dispose() => _server.Dispose();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
