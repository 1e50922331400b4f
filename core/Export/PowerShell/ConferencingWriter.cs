using ChatPhone.Core.Conferencing;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Audio conferencing: the tenant settings, the bridge's name and default number, its dedicated numbers and their
/// languages, and each organizer's dial-in defaults (Set-CsOnlineDialInConferencing*). Each is compared before it is set.
/// </summary>
internal static class ConferencingWriter
{
    private static readonly HashSet<string> ComparedSettings =
    [
        "PinLength", "EnableEntryExitNotifications", "EntryExitAnnouncementsType", "EnableNameRecording", "AutomaticallySendEmailsToUsers",
        "AutomaticallyMigrateUserMeetings", "AllowPSTNOnlyMeetingsByDefault", "MaskPstnNumbersType", "AutomaticallyReplaceAcpProvider",
    ];

    public static void Write(ScriptBuilder script, TenantConfiguration tenant)
    {
        if (tenant.ConferencingSettings is null && tenant.Bridge is null && tenant.Organizers.Count == 0)
        {
            return;
        }

        script.Section("Section_Conferencing");
        WriteSettings(script, tenant.ConferencingSettings ?? ConferencingSettings.Defaults);
        if (tenant.Bridge is { } bridge)
        {
            WriteBridge(script, bridge);
        }

        foreach (var organizer in tenant.Organizers)
        {
            WriteOrganizer(script, tenant, organizer);
        }
    }

    private static void WriteSettings(ScriptBuilder script, ConferencingSettings s)
    {
        var command = new PsCommand("Set-CsOnlineDialInConferencingTenantSettings")
            .With("PinLength", PsLiteral.Number(s.PinLength))
            .With("EnableEntryExitNotifications", PsLiteral.Bool(s.EnableEntryExitNotifications))
            .With("EntryExitAnnouncementsType", PsLiteral.Quote(s.EntryExitAnnouncementsType.ToString()))
            .With("EnableNameRecording", PsLiteral.Bool(s.EnableNameRecording))
            .With("AutomaticallySendEmailsToUsers", PsLiteral.Bool(s.AutomaticallySendEmailsToUsers))
            .With("AutomaticallyMigrateUserMeetings", PsLiteral.Bool(s.AutomaticallyMigrateUserMeetings))
            .With("AllowPSTNOnlyMeetingsByDefault", PsLiteral.Bool(s.AllowPstnOnlyMeetingsByDefault))
            .With("MaskPstnNumbersType", PsLiteral.Quote(s.MaskPstnNumbersType.ToString()))
            .With("AutomaticallyReplaceAcpProvider", PsLiteral.Bool(s.AutomaticallyReplaceAcpProvider));
        script.Blank().Line("$settings = Get-CsOnlineDialInConferencingTenantSettings");
        using (script.Block($"if ({PsCompare.Differs("$settings", command, ComparedSettings)})"))
        using (script.ShouldProcess("'Audio Conferencing'", "Action_ConferencingSettings"))
        {
            script.Command(command).Report("Done_ConferencingSettings");
        }
    }

    private static void WriteBridge(ScriptBuilder script, ConferenceBridge bridge)
    {
        var name = PsLiteral.Quote(bridge.Name);
        var defaultNumber = bridge.DefaultNumber is null ? null : PsLiteral.Quote(bridge.DefaultNumber);
        script.Blank().Line("$bridge = Get-CsOnlineDialInConferencingBridge");
        foreach (var number in bridge.Numbers.Where(n => !n.Shared))
        {
            var phone = PsLiteral.Quote(number.Number);
            var digits = PsLiteral.Quote(new string(number.Number.Where(char.IsDigit).ToArray()));
            script.Line($"$serviceNumber = Get-CsOnlineDialInConferencingServiceNumber -BridgeId $bridge.Identity | Where-Object {{ ($_.Number -replace '[^0-9]', '') -eq {digits} }} | Select-Object -First 1");
            using (script.Block("if (-not $serviceNumber)"))
            using (script.ShouldProcess(phone, "Action_RegisterBridgeNumber"))
            {
                script.Command(new PsCommand("Register-CsOnlineDialInConferencingServiceNumber").With("Identity", phone).With("BridgeId", "$bridge.Identity"))
                    .Report("Done_BridgeNumberRegistered", phone);
            }

            if (number.Languages is { } languages)
            {
                var secondary = PsLiteral.QuotedArray(languages.Secondary);
                using (script.Block($"if ($serviceNumber.PrimaryLanguage -ne {PsLiteral.Quote(languages.Primary)} -or (@($serviceNumber.SecondaryLanguages) -join ',') -ne {PsLiteral.Quote(string.Join(',', languages.Secondary))})"))
                using (script.ShouldProcess(phone, "Action_BridgeNumberLanguages"))
                {
                    script.Command(new PsCommand("Set-CsOnlineDialInConferencingServiceNumber")
                            .With("Identity", phone)
                            .With("PrimaryLanguage", PsLiteral.Quote(languages.Primary))
                            .With("SecondaryLanguages", secondary))
                        .Report("Done_BridgeNumberLanguages", phone);
                }
            }
        }

        var differs = $"$bridge.Name -ne {name}" + (defaultNumber is null ? string.Empty : $" -or $bridge.DefaultServiceNumber.Number -ne {defaultNumber}");
        using (script.Block($"if ({differs})"))
        using (script.ShouldProcess(name, "Action_Bridge"))
        {
            script.Line($"$bridge.Name = {name}")
                .Command(new PsCommand("Set-CsOnlineDialInConferencingBridge").With("Instance", "$bridge").WithOptional("DefaultServiceNumber", defaultNumber))
                .Report("Done_Bridge", name);
        }
    }

    private static void WriteOrganizer(ScriptBuilder script, TenantConfiguration tenant, OrganizerSettings organizer)
    {
        if (tenant.UpnOf(organizer.UserId) is not { } upnText)
        {
            return;
        }

        var upn = PsLiteral.Quote(upnText);
        var command = new PsCommand("Set-CsOnlineDialInConferencingUser")
            .With("Identity", upn)
            .WithText("ServiceNumber", organizer.TollNumber)
            .WithText("TollFreeServiceNumber", organizer.TollFreeNumber)
            .With("AllowTollFreeDialIn", PsLiteral.Bool(organizer.AllowTollFreeDialIn))
            .With("AllowPSTNOnlyMeetings", PsLiteral.Bool(organizer.AllowPstnOnlyMeetings));
        script.Blank().Line($"$organizer = Get-CsOnlineDialInConferencingUser -Identity {upn}");
        var compared = new HashSet<string> { "ServiceNumber", "TollFreeServiceNumber", "AllowTollFreeDialIn", "AllowPSTNOnlyMeetings" };
        using (script.Block($"if ({PsCompare.Differs("$organizer", command, compared)})"))
        using (script.ShouldProcess(upn, "Action_Organizer"))
        {
            script.Command(command).Report("Done_Organizer", upn);
        }
    }
}
