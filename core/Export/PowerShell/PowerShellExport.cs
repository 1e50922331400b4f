using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Writes a tenant's configuration as a MicrosoftTeams and Microsoft Graph PowerShell script that reproduces it on a
/// real Microsoft 365 tenant. It only reads (one snapshot), and the script it writes is safe to run twice and honours
/// <c>-WhatIf</c>.
/// </summary>
public sealed class PowerShellExport(CommandRunner runner, TimeProvider clock)
{
    /// <summary>
    /// The script for an admin of the tenant, of the whole configuration or, with <paramref name="scope"/>, of one object
    /// and what it needs; anyone else gets <c>auth.admin_required</c>.
    /// </summary>
    public async Task<Result<PowerShellScript>> ExportAsync(Actor actor, Language language, ExportScope? scope = null, CancellationToken cancellationToken = default)
    {
        var snapshot = await runner.ReadAsync(actor, Role.Admin, TenantConfiguration.Declare, cancellationToken);
        if (!snapshot.IsSuccess)
        {
            return snapshot.Error;
        }

        var tenant = TenantConfiguration.From(snapshot.Value);
        if (scope is null)
        {
            return Write(actor.Tenant, tenant, language);
        }

        var narrowed = scope.Narrow(tenant);
        if (!narrowed.IsSuccess)
        {
            return narrowed.Error;
        }

        var script = Write(actor.Tenant, narrowed.Value, language);
        return script with { FileName = PowerShellScript.FileNameFor(actor.Tenant, clock.GetUtcNow(), scope.FileNamePart(tenant)) };
    }

    /// <summary>The script of <paramref name="tenant"/> for the host's operator (the <c>export-powershell</c> verb).</summary>
    public async Task<PowerShellScript> ExportForOperatorAsync(TenantId tenant, Language language, CancellationToken cancellationToken = default) =>
        Write(tenant, TenantConfiguration.From(await runner.ReadAsync(tenant, TenantConfiguration.Declare, cancellationToken)), language);

    /// <summary>The script of a configuration already read.</summary>
    public PowerShellScript Write(TenantId tenantId, TenantConfiguration tenant, Language language)
    {
        var now = clock.GetUtcNow();
        var script = new ScriptBuilder(language);
        HeaderWriter.Write(script, tenant, tenantId, now);
        AudioFilesWriter.Write(script, tenant);
        AddressesWriter.Write(script, tenant);
        ResourceAccountsWriter.Write(script, tenant);
        LicensesWriter.Write(script, tenant);
        CallQueuesWriter.Write(script, tenant);
        AutoAttendantsWriter.Write(script, tenant);
        AssociationsWriter.Write(script, tenant);
        NumbersWriter.Write(script, tenant);
        ConferencingWriter.Write(script, tenant);
        ManualStepsWriter.Write(script, tenant, now);
        script.Blank().Report("Done_All");
        return new PowerShellScript(PowerShellScript.FileNameFor(tenantId, now), script.ToString());
    }
}
