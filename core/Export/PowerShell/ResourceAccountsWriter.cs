namespace ChatPhone.Core.Export.PowerShell;

/// <summary>Resource accounts (New-CsOnlineApplicationInstance), found by UPN; a changed display name is updated.</summary>
internal static class ResourceAccountsWriter
{
    public static void Write(ScriptBuilder script, TenantConfiguration tenant)
    {
        if (tenant.ResourceAccounts.Count == 0)
        {
            return;
        }

        script.Section("Section_ResourceAccounts");
        foreach (var account in tenant.ResourceAccounts)
        {
            var upn = PsLiteral.Quote(account.Upn);
            var name = PsLiteral.Quote(account.DisplayName);
            script.Blank()
                .Line($"$account = Get-CsOnlineApplicationInstance | Where-Object {{ $_.UserPrincipalName -eq {upn} }} | Select-Object -First 1");
            using (script.Block("if (-not $account)"))
            using (script.ShouldProcess(upn, "Action_CreateResourceAccount"))
            {
                script.Command(new PsCommand("New-CsOnlineApplicationInstance")
                        .With("UserPrincipalName", upn)
                        .With("DisplayName", name)
                        .With("ApplicationId", PsLiteral.Quote(account.ApplicationId)), "$account")
                    .Report("Done_ResourceAccountCreated", upn);
            }

            using (script.Block($"elseif ($account.DisplayName -ne {name})"))
            using (script.ShouldProcess(upn, "Action_RenameResourceAccount"))
            {
                script.Command(new PsCommand("Set-CsOnlineApplicationInstance").With("Identity", "$account.ObjectId").With("DisplayName", name))
                    .Report("Done_ResourceAccountRenamed", upn, name);
            }

            using (script.Block("if ($account)"))
            {
                script.Line($"{ScriptReferences.Of(ScriptReferences.ResourceAccounts, account.Id)} = $account.ObjectId");
            }
        }
    }
}
