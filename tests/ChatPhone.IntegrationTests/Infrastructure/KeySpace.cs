using StackExchange.Redis;

namespace ChatPhone.IntegrationTests.Infrastructure;

/// <summary>Reads a test's key space back from the server, on every primary when it is a cluster.</summary>
public static class KeySpace
{
    /// <summary>Every key under <paramref name="prefix"/>, with the hash slot each one lives in.</summary>
    public static async Task<IReadOnlyList<(string Key, int Slot)>> ScanAsync(IRespServer server, string prefix)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        var keys = new List<(string, int)>();
        foreach (var endpoint in connection.GetEndPoints())
        {
            var node = connection.GetServer(endpoint);
            if (node.IsReplica)
            {
                continue;
            }

            await foreach (var key in node.KeysAsync(pattern: prefix + ":*", pageSize: 1000))
            {
                keys.Add((key.ToString(), connection.HashSlot(key)));
            }
        }

        return keys;
    }
}
