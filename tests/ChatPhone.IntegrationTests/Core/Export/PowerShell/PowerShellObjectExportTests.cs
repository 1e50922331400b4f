using System.Collections;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Export.PowerShell;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Export.PowerShell;

/// <summary>
/// One object's export (its card's Export button): the object with what it cannot be set up without, and nothing else,
/// checked against the catalogue and run twice in the stand-in runspace (the second run changes nothing).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class PowerShellObjectExportTests(RedisServerFixture redis)
{
    [Fact]
    public async Task TheQueue_BringsItsAccount_ItsMusic_AndTheAccountItOverflowsTo_ButNotTheAttendantBehindIt()
    {
        await using var services = CoreServices.Create(redis);
        var tenant = await ExportTenant.CreateAsync(services);
        var script = ExportTenant.Ok(await services.GetRequiredService<PowerShellExport>()
            .ExportAsync(ExportTenant.Admin, Language.English, new ExportScope(ExportedKind.CallQueue, tenant.Queue.Id)));

        var (first, second) = RunTwice(script.Text);

        Assert.Empty(ScriptCatalogueCheck.Problems(script.Text));
        Assert.Matches("^chatphone-contoso-callqueue-[a-z0-9-]+-[0-9]{8}-[0-9]{4}\\.ps1$", script.FileName);
        Assert.Single(first, c => c.Name == "New-CsCallQueue");
        Assert.DoesNotContain(first, c => c.Name == "New-CsAutoAttendant");
        Assert.Equal(
            [tenant.AttendantAccount.Upn, tenant.QueueAccount.Upn],
            first.Where(c => c.Name == "New-CsOnlineApplicationInstance").Select(c => c.Text("UserPrincipalName")).Order(StringComparer.Ordinal));
        Assert.Equal("CallQueue", Assert.Single(first, c => c.Name == "New-CsOnlineApplicationInstanceAssociation").Text("ConfigurationType"));
        Assert.Equal(["hold music.wav"], first.Where(c => c.Name == "Import-CsOnlineAudioFile").Select(c => c.Text("FileName")));
        Assert.DoesNotContain(first, c => c.Name == "Set-MgUserLicense" && c.Text("UserId") is "alex@contoso.com" or "sam@contoso.com");
        Assert.DoesNotContain(first, c => c.Name.Contains("DialInConferencing", StringComparison.Ordinal));
        Assert.DoesNotContain(second, c => c.Changes);
    }

    [Fact]
    public async Task TheAttendant_BringsTheQueueItRoutesTo_WithEverythingItNeeds()
    {
        await using var services = CoreServices.Create(redis);
        var tenant = await ExportTenant.CreateAsync(services);
        var script = ExportTenant.Ok(await services.GetRequiredService<PowerShellExport>()
            .ExportAsync(ExportTenant.Admin, Language.French, new ExportScope(ExportedKind.AutoAttendant, tenant.Attendant.Id)));

        var (first, second) = RunTwice(script.Text);

        Assert.Empty(ScriptCatalogueCheck.Problems(script.Text));
        Assert.Single(first, c => c.Name == "New-CsAutoAttendant");
        Assert.Single(first, c => c.Name == "New-CsCallQueue");
        Assert.Contains(first, c => c.Name == "New-CsOnlineApplicationInstanceAssociation" && c.Text("ConfigurationType") == "AutoAttendant");
        Assert.DoesNotContain(second, c => c.Changes);
    }

    [Fact]
    public async Task ThePersonsNumber_BringsItsAddress_AndTheHoldersLicenses_Only()
    {
        await using var services = CoreServices.Create(redis);
        var tenant = await ExportTenant.CreateAsync(services);
        var script = ExportTenant.Ok(await services.GetRequiredService<PowerShellExport>()
            .ExportAsync(ExportTenant.Admin, Language.English, new ExportScope(ExportedKind.PhoneNumber, tenant.UserNumber)));

        var (first, second) = RunTwice(script.Text);

        Assert.Empty(ScriptCatalogueCheck.Problems(script.Text));
        Assert.Equal([tenant.UserNumber], first.Where(c => c.Name == "Set-CsPhoneNumberAssignment").Select(c => c.Text("TelephoneNumber")));
        Assert.Single(first, c => c.Name == "New-CsOnlineLisCivicAddress");
        Assert.Equal(["alex@contoso.com"], first.Where(c => c.Name == "Set-MgUserLicense").Select(c => c.Text("UserId")));
        Assert.DoesNotContain(first, c => c.Name is "New-CsCallQueue" or "New-CsAutoAttendant" or "New-CsOnlineApplicationInstance");
        Assert.DoesNotContain(second, c => c.Changes);
    }

    [Fact]
    public async Task AnObjectTheTenantDoesNotHave_IsSaidSo_AndAUserCannotExportOne()
    {
        await using var services = CoreServices.Create(redis);
        var tenant = await ExportTenant.CreateAsync(services);
        var export = services.GetRequiredService<PowerShellExport>();

        var missing = await export.ExportAsync(ExportTenant.Admin, Language.English, new ExportScope(ExportedKind.CallQueue, "no-such-queue"));
        var byUser = await export.ExportAsync(ExportTenant.Admin with { Role = Role.User }, Language.English, new ExportScope(ExportedKind.CallQueue, tenant.Queue.Id));

        Assert.Equal("export.object_not_found", missing.Error?.Code);
        Assert.Equal("There’s nothing called no-such-queue to export any more: it may have been removed. Ask to list them again.", missing.Error!.Describe(Language.English));
        Assert.Equal("auth.admin_required", byUser.Error?.Code);
    }

    private static (IReadOnlyList<RecordedCall> First, IReadOnlyList<RecordedCall> Second) RunTwice(string text)
    {
        using var runspace = StandInRunspace.For(text);
        var folder = Directory.CreateTempSubdirectory("chatphone-audio-").FullName;
        foreach (var (name, bytes) in ExportTenant.Audio)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        // Only a script that imports audio files has the AudioFolder parameter.
        var parameters = text.Contains("$AudioFolder", StringComparison.Ordinal) ? new Hashtable { ["AudioFolder"] = folder } : [];
        var first = runspace.Run(text, parameters).ToList();
        var second = runspace.Run(text, parameters).ToList();
        return (first, second);
    }
}
