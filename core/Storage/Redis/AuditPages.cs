using System.IO.Compression;
using System.Text;
using ChatPhone.Core.Audit;

namespace ChatPhone.Core.Storage.Redis;

/// <summary>
/// How the audit trail is laid out in Redis: the entries a command writes at one instant are kept together as a page (a
/// string of at most <see cref="MaxEntries"/> entries), and a sorted set indexes the pages by time. A string is a record of
/// its own in Garnet's log, which can leave memory for disk once cold; one sorted set of every entry was a single object
/// of gigabytes for a tenant of 200,000 people, copied whole by the store on every write while it was read-only. A page is
/// stored Brotli-compressed: a bulk command's entries are documents of one shape, and the embedded store must hold the trail
/// in memory with the rest (Garnet 2.2.8 cannot be trusted to spill hashes to disk; see <see cref="EmbeddedStoreOptions.MemorySize"/>).
/// </summary>
internal static class AuditPages
{
    /// <summary>The most entries one page holds: reading the newest entry never parses more than this.</summary>
    public const int MaxEntries = 500;

    /// <summary>How long entries are kept: pages expire, and each write drops index entries older than this.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(400);

    /// <summary>The pages of <paramref name="entries"/>: one per instant and <see cref="MaxEntries"/>, in written order.</summary>
    public static IEnumerable<AuditPage> Of(IEnumerable<AuditEntry> entries) =>
        entries
            .GroupBy(e => e.At.ToUnixTimeMilliseconds())
            .SelectMany(instant => instant.Chunk(MaxEntries).Select((chunk, n) => new AuditPage(PageId(instant.First().Id, n), instant.Key, [.. chunk])));

    // Pages of one instant share the score: their ids sort in written order (the index orders equal scores by member).
    private static string PageId(string firstEntryId, int n) => $"{firstEntryId}.{n:D4}";

    /// <summary>The stored form of a page: its JSON, compressed.</summary>
    public static byte[] Write(AuditPage page)
    {
        var json = Encoding.UTF8.GetBytes(CoreJson.Write(page.Entries, AuditEntry.SchemaVersion));
        using var compressed = new MemoryStream(json.Length / 4 + 64);
        using (var brotli = new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(json);
        }

        return compressed.ToArray();
    }

    /// <summary>The entries of a stored page, in written order.</summary>
    public static List<AuditEntry> Read(byte[] stored)
    {
        using var brotli = new BrotliStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var json = new MemoryStream(stored.Length * 8);
        brotli.CopyTo(json);
        return CoreJson.Read<List<AuditEntry>>(Encoding.UTF8.GetString(json.GetBuffer(), 0, (int)json.Length));
    }
}

/// <summary>Entries written at one instant (<paramref name="At"/>, Unix milliseconds), named after the instant's first entry and the page's rank.</summary>
internal sealed record AuditPage(string Id, long At, List<AuditEntry> Entries);
