namespace ChatPhone.Core.Storage;

/// <summary>Where state lives (configuration section <c>Redis</c>).</summary>
public sealed class StoreOptions
{
    /// <summary>A StackExchange.Redis connection string; empty starts the embedded Garnet.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>First segment of every key (<c>cp:{t:tenant}:…</c>); tests set a unique one.</summary>
    public string KeyPrefix { get; set; } = "cp";

    /// <summary>Timeout for one Redis operation on the turn path, in milliseconds.</summary>
    public int OperationTimeoutMs { get; set; } = 2000;

    /// <summary>The in-process Garnet used when no connection string is set.</summary>
    public EmbeddedStoreOptions Embedded { get; set; } = new();
}

/// <summary>Settings of the embedded Garnet server.</summary>
public sealed class EmbeddedStoreOptions
{
    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Where the append-only file and checkpoints live.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// In-memory log size, objects included (Garnet syntax, e.g. <c>1g</c>); Garnet's own default is 16 GB.
    /// Pages are allocated as the data grows, so an idle bot does not hold it. Keep the data within it:
    /// at 64 MB, 10,000 people spilled hashes to the storage tier, where Garnet 2.2.8 either failed its
    /// flush (an unrecoverable allocator error) or left a read of a spilled hash pending for ever. One tenant of
    /// 200,000 people and numbers with its audit trail takes about 707 MB of it (BENCHMARKS P6): about 4 MB per 1,000 people.
    /// </summary>
    public string MemorySize { get; set; } = "1g";

    /// <summary>Hash index size (Garnet syntax).</summary>
    public string IndexSize { get; set; } = "8m";
}
