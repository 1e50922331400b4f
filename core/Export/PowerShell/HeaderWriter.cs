using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// The top of the script: the modules it needs, <c>-WhatIf</c> support, the two connections, the id tables, and the
/// object ids of the people the configuration names (looked up by UPN, so the script works whatever ids ChatPhone had).
/// </summary>
internal static class HeaderWriter
{
    /// <summary>The Graph permissions the license part needs (users' usage location and licenses, the tenant's SKUs).</summary>
    public static readonly IReadOnlyList<string> GraphScopes = ["User.ReadWrite.All", "Organization.Read.All"];

    public static void Write(ScriptBuilder script, TenantConfiguration tenant, TenantId tenantId, DateTimeOffset now)
    {
        script.Line("#Requires -Modules MicrosoftTeams, Microsoft.Graph.Users, Microsoft.Graph.Users.Actions, Microsoft.Graph.Identity.DirectoryManagement")
            .CommentSay("Header_Title", tenantId.ToString(), now.ToString("u", System.Globalization.CultureInfo.InvariantCulture))
            .CommentSay("Header_Twice")
            .CommentSay("Header_WhatIf")
            .Line("[CmdletBinding(SupportsShouldProcess)]")
            .Line(tenant.AudioFiles.Count == 0 ? "param()" : $"param([string] {AudioFilesWriter.Folder} = $PSScriptRoot)")
            .Blank()
            .Line("$ErrorActionPreference = 'Stop'")
            // Signing in changes nothing, so it happens even under -WhatIf (the lookups need it).
            .Command(new PsCommand("Connect-MicrosoftTeams").SwitchState("WhatIf", false))
            .Command(new PsCommand("Connect-MgGraph").With("Scopes", PsLiteral.QuotedArray(GraphScopes)).Switch("NoWelcome"));
        foreach (var table in ScriptReferences.All)
        {
            script.Line($"{table} = @{{}}");
        }

        var people = PeopleNamed(tenant);
        if (people.Count > 0)
        {
            script.Section("Section_People");
        }

        foreach (var (id, upn) in people)
        {
            script.Line($"{ScriptReferences.Of(ScriptReferences.Users, id)} = (Get-CsOnlineUser -Identity {PsLiteral.Quote(upn)}).Identity");
        }
    }

    // People the voice apps and number assignments refer to by object id.
    private static List<(string Id, string Upn)> PeopleNamed(TenantConfiguration tenant)
    {
        var ids = tenant.Queues.SelectMany(q => q.Settings.PersonIds())
            .Concat(tenant.Attendants.SelectMany(a => a.Settings.PersonIds()))
            .Concat(tenant.Numbers.Where(n => n.Assignment?.Target == Numbers.AssignmentTarget.User).Select(n => n.Assignment!.TargetId))
            .Where(id => !id.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) && tenant.ResourceAccount(id) is null);
        return ids.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(id => (Id: id, Upn: tenant.People.TryGetValue(id, out var p) ? p.Upn : null))
            .Where(p => p.Upn is not null)
            .Select(p => (p.Id, p.Upn!))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }
}
