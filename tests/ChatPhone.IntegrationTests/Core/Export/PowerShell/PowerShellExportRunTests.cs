using System.Collections;
using ChatPhone.Core.Common;
using ChatPhone.Core.Export.PowerShell;
using ChatPhone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPhone.IntegrationTests.Core.Export.PowerShell;

/// <summary>
/// The exported script run in a hosted runspace against stand-ins of the cmdlets: the first run creates what the tenant
/// has, wired by the ids it created; the second run finds everything and changes nothing.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class PowerShellExportRunTests(RedisServerFixture redis)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Script_RunTwice_CreatesTheTenantOnce_AndChangesNothingTheSecondTime(bool hostileNames)
    {
        await using var services = CoreServices.Create(redis);
        var names = hostileNames ? ExportTenant.Hostile : new ExportTenant.Names();
        var tenant = await ExportTenant.CreateAsync(services, names);
        var text = ExportTenant.Ok(await services.GetRequiredService<PowerShellExport>().ExportAsync(ExportTenant.Admin, Language.French)).Text;
        using var runspace = StandInRunspace.For(text);
        var folder = AudioFolder();

        var first = runspace.Run(text, new Hashtable { ["AudioFolder"] = folder });
        var second = runspace.Run(text, new Hashtable { ["AudioFolder"] = folder });

        var queueAccount = Single(first, "New-CsOnlineApplicationInstance", c => c.Text("UserPrincipalName") == "support-cq@contoso.com");
        var attendantAccount = Single(first, "New-CsOnlineApplicationInstance", c => c.Text("UserPrincipalName") == "main-aa@contoso.com");
        Assert.Equal(names.Account, queueAccount.Text("DisplayName"));
        var queue = Single(first, "New-CsCallQueue", _ => true);
        Assert.Equal((names.Queue, "Serial", "Forward", attendantAccount.Created), (queue.Text("Name"), queue.Text("RoutingMethod"), queue.Text("OverflowAction"), queue.Text("OverflowActionTarget")));
        Assert.Equal(["oid:alex@contoso.com", "oid:sam@contoso.com"], Items(queue.Parameters["Users"]));
        var association = Single(first, "New-CsOnlineApplicationInstanceAssociation", c => c.Text("ConfigurationType") == "CallQueue");
        Assert.Equal((queue.Created, queueAccount.Created), (association.Text("ConfigurationId"), Items(association.Parameters["Identities"]).Single()));

        // The core tidies a location's name (line breaks), so the stored name is the one to find.
        var floor = Single(first, "New-CsOnlineLisLocation", c => c.Text("Location") == tenant.Address.Locations.Single(l => !l.IsDefault).Name);
        var alexNumber = Single(first, "Set-CsPhoneNumberAssignment", c => c.Text("TelephoneNumber") == tenant.UserNumber);
        Assert.Equal(("alex@contoso.com", floor.Created, "CallingPlan"), (alexNumber.Text("Identity"), alexNumber.Text("LocationId"), alexNumber.Text("NumberType")));

        var attendant = Single(first, "New-CsAutoAttendant", _ => true);
        Assert.Equal(names.Attendant, attendant.Text("Name"));
        Assert.Equal(3, Items(attendant.Parameters["CallHandlingAssociations"]).Count);
        Assert.Equal(3, first.Count(c => c.Name == "New-CsOnlineSchedule"));
        Assert.Contains(first, c => c.Name == "New-CsOnlineSchedule" && c.Text("Name") == names.Holiday);
        Assert.Contains(first, c => c.Name == "New-CsAutoAttendantCallableEntity" && c.Text("Identity") == queueAccount.Created && c.Text("Type") == "ApplicationEndpoint");
        Assert.Contains(first, c => c.Name == "New-CsAutoAttendantCallableEntity" && c.Text("Identity") == queue.Created && c.Text("Type") == "ConfigurationEndpoint");
        Assert.Contains(first, c => c.Name == "New-CsAutoAttendantPrompt" && c.Text("TextToSpeechPrompt") == names.Greeting);

        // The audio files are imported from the folder, byte for byte, and the queue and the menu play what Teams created.
        var hold = Single(first, "Import-CsOnlineAudioFile", c => c.Text("FileName") == "hold music.wav");
        var hours = Single(first, "Import-CsOnlineAudioFile", c => c.Text("FileName") == "opening hours.wav");
        Assert.Equal(("HuntGroup", "OrgAutoAttendant"), (hold.Text("ApplicationId"), hours.Text("ApplicationId")));
        Assert.Equal(ExportTenant.Audio["hold music.wav"], (byte[])hold.Parameters["Content"]!);
        Assert.Equal((hold.Created, "False"), (queue.Text("MusicOnHoldAudioFileId"), queue.Text("UseDefaultMusicOnHold")));
        Assert.Contains(first, c => c.Name == "Get-CsOnlineAudioFile" && c.Text("Identity") == hours.Created && c.Text("ApplicationId") == "OrgAutoAttendant");

        var licenses = Single(first, "Set-MgUserLicense", c => c.Text("UserId") == "alex@contoso.com");
        Assert.Equal(3, Items(licenses.Parameters["AddLicenses"]).Count);
        Assert.Contains(first, c => c.Name == "Set-CsOnlineDialInConferencingUser" && c.Text("Identity") == "alex@contoso.com");
        Assert.Contains(first, c => c.Name == "Set-CsOnlineDialInConferencingServiceNumber" && c.Text("PrimaryLanguage") == "en-US");

        Assert.Empty(second.Where(c => c.Changes).Select(c => c.Name));
    }

    [Fact]
    public async Task Script_WithAnAudioFileMissingFromTheFolder_StopsBeforeChangingAnything_AndSaysWhichFile_ThenARunWithItDoesEverything()
    {
        await using var services = CoreServices.Create(redis);
        await ExportTenant.CreateAsync(services);
        var text = ExportTenant.Ok(await services.GetRequiredService<PowerShellExport>().ExportAsync(ExportTenant.Admin, Language.English)).Text;
        using var runspace = StandInRunspace.For(text);
        var folder = AudioFolder();
        File.Delete(Path.Combine(folder, "opening hours.wav"));

        var failure = Assert.Throws<InvalidOperationException>(() => runspace.Run(text, new Hashtable { ["AudioFolder"] = folder }));

        Assert.Contains("Audio files not found, nothing was changed: " + Path.Combine(folder, "opening hours.wav") + ".", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(runspace.Recorded, c => c.Changes);
        var again = runspace.Run(text, new Hashtable { ["AudioFolder"] = AudioFolder() });
        Assert.Equal(2, again.Count(c => c.Name == "Import-CsOnlineAudioFile"));
        Assert.Contains(again, c => c.Name == "New-CsCallQueue");
    }

    // A folder holding the tenant's audio files, as an admin puts them beside the script.
    private static string AudioFolder()
    {
        var folder = Directory.CreateTempSubdirectory("chatphone-audio-").FullName;
        foreach (var (name, bytes) in ExportTenant.Audio)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        return folder;
    }

    private static RecordedCall Single(IEnumerable<RecordedCall> calls, string name, Func<RecordedCall, bool> which) =>
        Assert.Single(calls, c => c.Name == name && which(c));

    private static List<object?> Items(object? value) =>
        value is IEnumerable items and not string ? items.Cast<object?>().Select(i => i is System.Management.Automation.PSObject p ? p.BaseObject : i).ToList() : [value];
}
