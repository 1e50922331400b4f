using ChatPhone.Core.Licensing;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Licenses through Microsoft Graph PowerShell: each person's usage location (Update-MgUser) and the licenses they
/// lack (Set-MgUserLicense, by SKU part number looked up in the tenant's subscriptions), and each resource account's
/// license. Licenses ChatPhone does not know are never removed.
/// </summary>
internal static class LicensesWriter
{
    public static void Write(ScriptBuilder script, TenantConfiguration tenant)
    {
        var people = tenant.Licenses.Where(l => l.Skus.Count > 0 && tenant.People.ContainsKey(l.UserId)).ToList();
        var accounts = tenant.ResourceAccounts.Where(a => a.License is not null).ToList();
        if (people.Count == 0 && accounts.Count == 0)
        {
            return;
        }

        script.Section("Section_Licenses")
            .Line("$SkuIds = @{}")
            .Line("Get-MgSubscribedSku -All | ForEach-Object { $SkuIds[$_.SkuPartNumber] = $_.SkuId }");
        foreach (var licenses in people)
        {
            WriteUser(script, tenant.People[licenses.UserId].Upn, licenses.UsageLocation, licenses.Skus);
        }

        foreach (var account in accounts)
        {
            var country = tenant.Numbers.FirstOrDefault(n => n.Number == account.Number)?.Country;
            WriteUser(script, account.Upn, country, [account.License!.Value]);
        }
    }

    private static void WriteUser(ScriptBuilder script, string upnText, string? usageLocation, IReadOnlyList<Sku> skus)
    {
        var upn = PsLiteral.Quote(upnText);
        script.Blank().Line($"$user = Get-MgUser -UserId {upn} -Property 'Id,UsageLocation,AssignedLicenses'");
        if (!string.IsNullOrEmpty(usageLocation))
        {
            var location = PsLiteral.Quote(usageLocation);
            using (script.Block($"if ($user.UsageLocation -ne {location})"))
            using (script.ShouldProcess(upn, "Action_UsageLocation"))
            {
                script.Command(new PsCommand("Update-MgUser").With("UserId", upn).With("UsageLocation", location))
                    .Report("Done_UsageLocation", upn, location);
            }
        }

        var parts = PsLiteral.QuotedArray(skus.Select(s => s.PartNumber()).Distinct());
        script.Line($"$missing = @({parts} | Where-Object {{ $SkuIds[$_] -notin @($user.AssignedLicenses.SkuId) }})");
        using (script.Block("if ($missing.Count -gt 0)"))
        using (script.ShouldProcess(upn, "Action_AssignLicenses"))
        {
            script.Command(new PsCommand("Set-MgUserLicense")
                    .With("UserId", upn)
                    .With("AddLicenses", "@($missing | ForEach-Object { @{ SkuId = $SkuIds[$_] } })")
                    .With("RemoveLicenses", "@()"), "$null")
                .Report("Done_LicensesAssigned", upn, "$missing -join ', '");
        }
    }
}
