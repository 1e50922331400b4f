using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;

namespace ChatPhone.Core.Tenants;

/// <summary>
/// A small fictional organisation (Contoso) so a newcomer can try the bot at once: two admins,
/// a helpdesk member and users in the US, France and the UK, and its profile (Contoso, US, USD).
/// The README lists these people.
/// </summary>
public sealed class DemoTenant(IDirectoryStore directory, DirectoryImportService imports, ProfileService profiles)
{
    /// <summary>The demo organisation's name.</summary>
    public const string DisplayName = "Contoso";

    /// <summary>The demo directory, in the import CSV format.</summary>
    public const string DirectoryCsv =
        DirectoryCsvParser.Header + "\n" +
        "megan.bowen@contoso.com,Megan Bowen,00000000-0000-4000-8000-000000000001,US,IT,admin\n" +
        "camille.martin@contoso.com,Camille Martin,00000000-0000-4000-8000-000000000002,FR,IT,admin\n" +
        "priya.patel@contoso.com,Priya Patel,00000000-0000-4000-8000-000000000003,GB,Helpdesk,helpdesk\n" +
        "alex.wilber@contoso.com,Alex Wilber,00000000-0000-4000-8000-000000000004,US,Sales,user\n" +
        "sam.taylor@contoso.com,Sam Taylor,00000000-0000-4000-8000-000000000005,US,Sales,user\n" +
        "lucas.bernard@contoso.com,Lucas Bernard,00000000-0000-4000-8000-000000000006,FR,Marketing,user\n" +
        "chloe.dubois@contoso.com,Chloé Dubois,00000000-0000-4000-8000-000000000007,FR,Finance,user\n" +
        "oliver.smith@contoso.com,Oliver Smith,00000000-0000-4000-8000-000000000008,GB,Support,user\n";

    /// <summary>Imports the demo directory into <paramref name="tenant"/> when it has nobody yet; true when it seeded.</summary>
    public async Task<bool> SeedIfEmptyAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        if ((await directory.ListAsync(tenant, cancellationToken)).Count > 0)
        {
            return false;
        }

        var system = new Actor(tenant, "system", "ChatPhone", Role.Admin);
        var plan = await imports.PlanAsync(new PlanDirectoryImport(system, DirectoryCsv), cancellationToken);
        if (!plan.IsSuccess)
        {
            throw new InvalidOperationException($"The demo directory does not import: {plan.Error.Code}.");
        }

        var key = IdempotencyKey.TryCreate($"demo-seed:{tenant}").Value;
        var applied = await imports.ApplyAsync(new ApplyDirectoryImport(system, plan.Value.ImportId, key), cancellationToken);
        if (!applied.IsSuccess)
        {
            return false;
        }

        var profileKey = IdempotencyKey.TryCreate($"demo-profile:{tenant}").Value;
        var profile = await profiles.SetAsync(new SetProfile(system, profileKey, DisplayName, "US", "USD"), cancellationToken);
        return profile.IsSuccess;
    }
}
