using ChatPhone.Core.Audit;
using ChatPhone.Core.Integrity;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>
/// Compares what the bot acknowledged with what the store holds after the crashes: per admin, the applied
/// <c>license.purchase</c> audit entries against the purchases acknowledged to that admin; per license, the purchased
/// count against the sum acknowledged; and the invariant checker.
/// </summary>
internal static class CrashCheck
{
    public static async Task<CrashOutcome> CompareAsync(IServiceProvider services, TenantId tenant, IReadOnlyList<Acknowledged> acknowledged)
    {
        var audit = await services.GetRequiredService<IAuditLog>()
            .QueryAsync(tenant, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        var applied = audit.Where(e => e.Action == AuditActions.Licensing.Purchase && e.Outcome == AuditOutcome.Applied)
            .GroupBy(e => e.ActorId).ToDictionary(g => g.Key, g => g.Count());
        var acknowledgedPerAdmin = acknowledged.GroupBy(a => a.AdminId).ToDictionary(g => g.Key, g => g.Count());

        var admins = applied.Keys.Union(acknowledgedPerAdmin.Keys).ToArray();
        var lost = admins.Sum(a => Math.Max(0, acknowledgedPerAdmin.GetValueOrDefault(a) - applied.GetValueOrDefault(a)));
        var twice = admins.Sum(a => Math.Max(0, applied.GetValueOrDefault(a) - acknowledgedPerAdmin.GetValueOrDefault(a)));

        var purchased = (await services.GetRequiredService<LicensingService>().SubscriptionsAsync(tenant))
            .ToDictionary(s => s.Sku, s => s.Purchased);
        var expected = acknowledged.GroupBy(a => a.Sku).ToDictionary(g => g.Key, g => g.Sum(a => a.Quantity));
        var mismatches = expected.Keys.Union(purchased.Keys)
            .Where(sku => expected.GetValueOrDefault(sku) != purchased.GetValueOrDefault(sku))
            .Select(sku => $"{sku}: {purchased.GetValueOrDefault(sku)} purchased, {expected.GetValueOrDefault(sku)} acknowledged")
            .ToArray();
        var violations = await services.GetRequiredService<InvariantChecker>().CheckAsync(tenant);
        return new CrashOutcome(lost, twice, mismatches, violations.Select(v => v.ToString()).ToArray());
    }
}

/// <summary>What the comparison found; all empty or zero when nothing acknowledged was lost or applied twice.</summary>
internal sealed record CrashOutcome(int Lost, int AppliedTwice, IReadOnlyList<string> PurchasedMismatches, IReadOnlyList<string> Violations)
{
    public void AssertClean(string context)
    {
        Assert.True(Lost == 0, $"{context}: {Lost} acknowledged purchases are not in the audit log.");
        Assert.True(AppliedTwice == 0, $"{context}: {AppliedTwice} purchases applied more often than acknowledged.");
        Assert.True(PurchasedMismatches.Count == 0, $"{context}: {string.Join("; ", PurchasedMismatches)}");
        Assert.True(Violations.Count == 0, $"{context}: invariants broken: {string.Join("; ", Violations)}");
    }
}
