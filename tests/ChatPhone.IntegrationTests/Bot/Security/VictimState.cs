using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// Everything a tenant owns as stored (every domain collection, document by document, with each collection's version)
/// and the number of applied audit entries: two reads compare equal exactly when nothing was changed in between.
/// Conversation state (flow state, inbound ledger, conversation references) is left out: a stranger's message may
/// write those in the tenant it names, which changes nothing the tenant owns.
/// </summary>
public sealed record VictimState(IReadOnlyDictionary<string, string> Documents, int AppliedAudits)
{
    public static async Task<VictimState> ReadAsync(IServiceProvider services, TenantId tenant)
    {
        // Every collection core registers (a reflection test keeps the registry complete), so none is left unwatched.
        var snapshot = await services.GetRequiredService<CommandRunner>().ReadAsync(tenant, reads =>
        {
            foreach (var collection in StoredCollections.All)
            {
                reads.All(collection);
            }
        });
        var documents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, collection) in snapshot.Collections)
        {
            documents[name + "#version"] = collection.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
            foreach (var (id, json) in collection.Documents)
            {
                documents[name + "/" + id] = json;
            }
        }

        var audit = await services.GetRequiredService<IAuditLog>().QueryAsync(tenant, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        return new VictimState(documents, audit.Count(e => e.Outcome == AuditOutcome.Applied));
    }

    /// <summary>What differs from <paramref name="before"/>, in words (empty when nothing does).</summary>
    public IReadOnlyList<string> ChangesSince(VictimState before)
    {
        var changes = Documents.Keys.Union(before.Documents.Keys)
            .Where(k => Documents.GetValueOrDefault(k) != before.Documents.GetValueOrDefault(k))
            .Select(k => $"{k}: {Cut(before.Documents.GetValueOrDefault(k))} → {Cut(Documents.GetValueOrDefault(k))}")
            .ToList();
        if (AppliedAudits != before.AppliedAudits)
        {
            changes.Add($"applied audit entries: {before.AppliedAudits} → {AppliedAudits}");
        }

        return changes;
    }

    private static string Cut(string? text) => text is null ? "(none)" : text.Length <= 200 ? text : text[..200] + "…";
}
