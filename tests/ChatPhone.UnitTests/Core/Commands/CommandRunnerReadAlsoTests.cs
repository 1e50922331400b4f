using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using Moq;

namespace ChatPhone.UnitTests.Core.Commands;

/// <summary>A decision that learns what else to read from what it read: the runner reads it too and decides again.</summary>
public sealed class CommandRunnerReadAlsoTests
{
    private static readonly TenantId Contoso = TenantId.Parse("contoso");
    private static readonly Actor Admin = new(Contoso, "admin-1", "Megan", Role.Admin);

    [Fact]
    public async Task ReadAlso_DecidesAgain_OnOneSnapshotWithTheDocumentsAskedFor_AndCommitsOnce()
    {
        var store = new MemoryStore(("E5", new Subscription(Sku.E5, 2, 0)), ("PhoneSystem", new Subscription(Sku.PhoneSystem, 5, 0)));
        var decisions = 0;

        var result = await Runner(store).RunAsync(new Touch(Admin, IdempotencyKey.New()), "test.touch", Role.Admin,
            reads => reads.One(LicensingCollections.Subscriptions, "E5"),
            context =>
            {
                decisions++;
                if (!context.Snapshot.WasRead(LicensingCollections.Subscriptions.Name, "PhoneSystem"))
                {
                    return context.ReadAlso(reads => reads.One(LicensingCollections.Subscriptions, "PhoneSystem"));
                }

                var sum = context.Find(LicensingCollections.Subscriptions, "E5")!.Purchased + context.Find(LicensingCollections.Subscriptions, "PhoneSystem")!.Purchased;
                var total = new Subscription(Sku.AudioConferencing, sum, 0);
                context.Put(LicensingCollections.Subscriptions, "AudioConferencing", total);
                return total;
            },
            LicensingCollections.Subscriptions.Type);

        Assert.Equal(7, result.Value.Purchased);
        Assert.Equal(2, decisions);
        Assert.Equal([1, 2], store.Reads.Select(r => r.Count));
        Assert.Equal(1, store.Commits);
    }

    [Fact]
    public async Task ReadAlso_OfWhatWasReadAlready_IsABugInTheDecision_NotARetry()
    {
        var store = new MemoryStore(("E5", new Subscription(Sku.E5, 2, 0)));

        var run = Runner(store).RunAsync(new Touch(Admin, IdempotencyKey.New()), "test.touch", Role.Admin,
            reads => reads.One(LicensingCollections.Subscriptions, "E5"),
            context => context.ReadAlso(reads => reads.One(LicensingCollections.Subscriptions, "E5")),
            LicensingCollections.Subscriptions.Type);

        await Assert.ThrowsAsync<InvalidOperationException>(() => run);
        Assert.Single(store.Reads);
        Assert.Equal(0, store.Commits);
    }

    private static CommandRunner Runner(ITenantStore store) => new(store, Mock.Of<IAuditLog>(), TimeProvider.System, new TenantGate());

    private sealed record Touch(Actor Actor, IdempotencyKey Key) : IMutation;

    // Subscriptions in memory; a read answers exactly what was declared.
    private sealed class MemoryStore(params (string Id, Subscription Subscription)[] documents) : ITenantStore
    {
        private readonly Dictionary<string, string> _documents = documents.ToDictionary(d => d.Id, d => LicensingCollections.Subscriptions.Write(d.Subscription));

        public List<IReadOnlyDictionary<(string Collection, string Id), string?>> Reads { get; } = [];

        public int Commits { get; private set; }

        public Task<(TenantSnapshot Snapshot, string? Replay)> ReadAsync(TenantId tenant, ReadSet reads, RequestKey? key, CancellationToken cancellationToken = default)
        {
            var read = reads.Documents.ToDictionary(d => d, d => _documents.GetValueOrDefault(d.Id));
            Reads.Add(read);
            return Task.FromResult((new TenantSnapshot(read, new Dictionary<string, CollectionSnapshot>()), (string?)null));
        }

        public Task<bool> CommitAsync(TenantId tenant, TenantSnapshot basis, IReadOnlyCollection<DocumentChange> changes, IReadOnlyList<AuditEntry> audit,
            RequestKey? key, string? replay, CancellationToken cancellationToken = default)
        {
            Commits++;
            return Task.FromResult(true);
        }
    }
}
