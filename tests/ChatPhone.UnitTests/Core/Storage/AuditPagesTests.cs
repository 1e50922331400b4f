using System.Text;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;

namespace ChatPhone.UnitTests.Core.Storage;

public sealed class AuditPagesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Entries_ArePagedPerInstant_AtMost500APage_InWrittenOrder_WithIdsThatSortInThatOrder()
    {
        var entries = Enumerable.Range(0, 1_001).Select(i => Entry(Noon, $"p{i}"))
            .Concat([Entry(Noon.AddMilliseconds(1), "later")])
            .ToArray();

        var pages = AuditPages.Of(entries).ToArray();

        Assert.Equal([500, 500, 1, 1], pages.Select(p => p.Entries.Count));
        Assert.Equal(entries.Select(e => e.Target), pages.SelectMany(p => p.Entries).Select(e => e.Target));
        Assert.Equal([Noon.ToUnixTimeMilliseconds(), Noon.ToUnixTimeMilliseconds(), Noon.ToUnixTimeMilliseconds(), Noon.AddMilliseconds(1).ToUnixTimeMilliseconds()], pages.Select(p => p.At));
        Assert.Equal(pages.Take(3).Select(p => p.Id), pages.Take(3).Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(pages.Length, pages.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void APage_IsStoredCompressed_AndReadsBackEntryForEntry()
    {
        var page = AuditPages.Of(Enumerable.Range(0, 500).Select(i => Entry(Noon, $"people:p{i}", after: $$"""{"aadObjectId":"p{{i}}","upn":"person{{i}}@contoso.com","displayName":"Person {{i}} — Chloé","usageLocation":"FR"}"""))).Single();

        var stored = AuditPages.Write(page);
        var read = AuditPages.Read(stored);

        Assert.Equal(page.Entries, read);
        var json = Encoding.UTF8.GetByteCount(CoreJson.Write(page.Entries, AuditEntry.SchemaVersion));
        Assert.True(stored.Length * 5 < json, $"{stored.Length:N0} bytes stored for {json:N0} bytes of JSON");
    }

    [Fact]
    public async Task NewestFirst_MergesTwoNewestFirstSources_ByTime()
    {
        var paged = new[] { Entry(Noon.AddMinutes(3), "paged:2"), Entry(Noon.AddMinutes(1), "paged:1") };
        var legacy = new[] { Entry(Noon.AddMinutes(4), "legacy:3"), Entry(Noon.AddMinutes(2), "legacy:2"), Entry(Noon, "legacy:1") };

        var merged = await NewestFirst.Merge(paged.ToAsyncEnumerable(), legacy.ToAsyncEnumerable()).ToListAsync();
        var oneEmpty = await NewestFirst.Merge(AsyncEnumerable.Empty<AuditEntry>(), legacy.ToAsyncEnumerable()).ToListAsync();

        Assert.Equal(["legacy:3", "paged:2", "legacy:2", "paged:1", "legacy:1"], merged.Select(e => e.Target));
        Assert.Equal(legacy.Select(e => e.Target), oneEmpty.Select(e => e.Target));
    }

    private static AuditEntry Entry(DateTimeOffset at, string target, string? after = "{}") =>
        new(Guid.NewGuid().ToString("N"), at, "admin-1", "Megan", AuditActions.Licensing.Assign, target, null, after, AuditOutcome.Applied);
}
