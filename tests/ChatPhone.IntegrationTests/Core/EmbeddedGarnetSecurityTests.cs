using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using System.Runtime.Versioning;
using StackExchange.Redis;

namespace ChatPhone.IntegrationTests.Core;

/// <summary>The embedded store answers only clients with its password, and its folder is the owner's alone.</summary>
public sealed class EmbeddedGarnetSecurityTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "chatphone-garnet-auth-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ClientWithoutPassword_IsRefused()
    {
        using var garnet = EmbeddedGarnet.Start(new EmbeddedStoreOptions { DataDirectory = _dataDirectory });

        // A raw RESP exchange: the client library's own handshake reports a refused AUTH differently from run to run.
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(System.Net.IPAddress.Loopback, garnet.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n"u8.ToArray());
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        var reply = System.Text.Encoding.ASCII.GetString(buffer, 0, read);

        Assert.StartsWith("-", reply);
        Assert.Contains("auth", reply, StringComparison.OrdinalIgnoreCase);
        await using var reader = await ConnectionMultiplexer.ConnectAsync(garnet.ConnectionString);
        Assert.False(await reader.GetDatabase().KeyExistsAsync("k"));
    }

    [Fact]
    public async Task ClientWithThePassword_ReadsAndWrites()
    {
        using var garnet = EmbeddedGarnet.Start(new EmbeddedStoreOptions { DataDirectory = _dataDirectory });
        await using var client = await ConnectionMultiplexer.ConnectAsync(garnet.ConnectionString);

        await client.GetDatabase().StringSetAsync("k", "v");

        Assert.Equal("v", await client.GetDatabase().StringGetAsync("k"));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Start_MakesTheFolderOwnerOnly_AndThePasswordFileOwnerReadable()
    {
        // A folder left by an older version, readable by everyone.
        Directory.CreateDirectory(_dataDirectory);
        File.SetUnixFileMode(_dataDirectory, (UnixFileMode)0b111_101_101);

        using (EmbeddedGarnet.Start(new EmbeddedStoreOptions { DataDirectory = _dataDirectory }))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_dataDirectory));
            var passwordFile = Path.Combine(_dataDirectory, EmbeddedStoreSecrets.PasswordFileName);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passwordFile));
        }
    }

    [Fact]
    public void Restart_ReusesThePassword_AndANewFolderGetsAnother()
    {
        string first;
        using (var garnet = EmbeddedGarnet.Start(new EmbeddedStoreOptions { DataDirectory = _dataDirectory }))
        {
            first = garnet.Password;
        }

        using var again = EmbeddedGarnet.Start(new EmbeddedStoreOptions { DataDirectory = _dataDirectory });
        var other = Path.Combine(_dataDirectory, "other");

        Assert.Equal(first, again.Password);
        Assert.Equal(43, first.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", first);
        Assert.NotEqual(first, EmbeddedStoreSecrets.ReadOrCreatePassword(Directory.CreateDirectory(other).FullName));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
