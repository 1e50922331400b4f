using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Which auto attendant or call queue each resource account serves (New-CsOnlineApplicationInstanceAssociation), using
/// the ids the script found or created above; an account already associated with that object is left alone.
/// </summary>
internal static class AssociationsWriter
{
    public static void Write(ScriptBuilder script, TenantConfiguration tenant)
    {
        var associated = tenant.ResourceAccounts.Where(a => a.AssociatedWith is not null).ToList();
        if (associated.Count == 0)
        {
            return;
        }

        script.Section("Section_Associations");
        foreach (var account in associated)
        {
            var accountId = ScriptReferences.Of(ScriptReferences.ResourceAccounts, account.Id);
            var isQueue = account.Kind == ResourceAccountKind.CallQueue;
            var objectId = ScriptReferences.Of(isQueue ? ScriptReferences.Queues : ScriptReferences.Attendants, account.AssociatedWith!);
            var upn = PsLiteral.Quote(account.Upn);
            script.Blank();
            using (script.Block($"if ({accountId} -and {objectId})"))
            {
                script.Line($"$association = Get-CsOnlineApplicationInstanceAssociation -Identity {accountId} -ErrorAction SilentlyContinue");
                using (script.Block($"if ($association.ConfigurationId -ne {objectId})"))
                using (script.ShouldProcess(upn, "Action_Associate"))
                {
                    script.Command(new PsCommand("New-CsOnlineApplicationInstanceAssociation")
                            .With("Identities", PsLiteral.Array([accountId]))
                            .With("ConfigurationId", objectId)
                            .With("ConfigurationType", PsLiteral.Quote(isQueue ? "CallQueue" : "AutoAttendant"))
                            .With("CallPriority", PsLiteral.Number(account.CallPriority)), "$null")
                        .Report("Done_Associated", upn);
                }
            }
        }
    }
}
