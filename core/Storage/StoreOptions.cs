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

    /// <summary>In-memory log size (Garnet syntax, e.g. <c>64m</c>); Garnet's own default is 16 GB.</summary>
    public string MemorySize { get; set; } = "64m";

    /// <summary>Hash index size (Garnet syntax).</summary>
    public string IndexSize { get; set; } = "8m";
}
