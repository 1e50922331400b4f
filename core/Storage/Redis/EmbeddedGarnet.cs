using System.Net;
using System.Net.Sockets;
using Garnet;
using Garnet.server;
using Garnet.server.Auth.Settings;
using Microsoft.Extensions.Logging;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// An in-process Garnet server on loopback, for running without a Redis: AOF on and waited for
/// before each reply (an acknowledged write survives a crash), recovery on start, memory bounded; clients must
/// authenticate with the password kept in the data folder, which only the owner can read (<see cref="EmbeddedStoreSecrets"/>).
/// </summary>
internal sealed class EmbeddedGarnet : IDisposable
{
    private const int MinThreads = 32;

    private readonly GarnetServer _server;

    private EmbeddedGarnet(GarnetServer server, int port, string password)
    {
        _server = server;
        Port = port;
        Password = password;
    }

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; }

    /// <summary>The password clients must send (AUTH).</summary>
    public string Password { get; }

    /// <summary>A StackExchange.Redis connection string to it, password included.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},password={Password}";

    /// <summary>Starts a server with <paramref name="options"/>; a port of 0 picks a free one.</summary>
    public static EmbeddedGarnet Start(EmbeddedStoreOptions options, ILoggerFactory? loggerFactory = null)
    {
        var port = options.Port == 0 ? FreeLoopbackPort() : options.Port;
        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        EmbeddedStoreSecrets.SecureDirectory(dataDirectory);
        var password = EmbeddedStoreSecrets.ReadOrCreatePassword(dataDirectory);

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
            AuthSettings = new PasswordAuthenticationSettings(password),
        };

        // Garnet serves from the shared thread pool; on a 2-core machine the default minimum of 2
        // threads makes it wait for thread injection (seconds) whenever the host is busy.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, MinThreads), Math.Max(completions, MinThreads));

        var server = new GarnetServer(serverOptions, loggerFactory);
        server.Start();
        return new EmbeddedGarnet(server, port, password);
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
