using ChatPhone.Core.AutoAttendants;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Auto attendants (New-CsAutoAttendant), found by exact name. A missing one is created with its flows, schedules and
/// holidays; one whose language, time zone, voice or flows differ gets them all again through Set-CsAutoAttendant.
/// </summary>
internal static class AutoAttendantsWriter
{
    public static void Write(ScriptBuilder script, TenantConfiguration tenant)
    {
        if (tenant.Attendants.Count == 0)
        {
            return;
        }

        script.Section("Section_AutoAttendants");
        foreach (var attendant in tenant.Attendants)
        {
            WriteAttendant(script, tenant, attendant);
        }
    }

    private static void WriteAttendant(ScriptBuilder script, TenantConfiguration tenant, AutoAttendant attendant)
    {
        var s = attendant.Settings;
        var name = PsLiteral.Quote(s.Name);
        var flowCount = (s.AfterHoursFlow is null || s.Hours.IsAllWeek ? 0 : 1) + s.Holidays.Count;
        script.Blank()
            .Line($"$attendant = Get-CsAutoAttendant -NameFilter {name} | Where-Object {{ $_.Name -eq {name} }} | Select-Object -First 1")
            .Line("$differs = (-not $attendant) -or " + string.Join(" -or ",
                $"$attendant.LanguageId -ne {PsLiteral.Quote(s.LanguageId)}",
                $"$attendant.TimeZoneId -ne {PsLiteral.Quote(s.TimeZoneId)}",
                $"$attendant.VoiceId -ne {PsLiteral.Quote(s.Voice.ToString())}",
                $"$attendant.DefaultCallFlow.Name -ne {PsLiteral.Quote(s.DefaultFlow.Name)}",
                $"@($attendant.DefaultCallFlow.Menu.MenuOptions).Count -ne {PsLiteral.Number(s.DefaultFlow.Menu.Options.Count)}",
                $"@($attendant.CallFlows).Count -ne {PsLiteral.Number(flowCount)}"));
        using (script.Block("if ($differs)"))
        using (script.ShouldProcess(name, "Action_SaveAttendant"))
        {
            var parts = new CallFlowWriter(script, tenant);
            var operatorTarget = s.Operator is null ? null : parts.Target(s.Operator);
            var defaultFlow = parts.Flow(s.DefaultFlow);
            var flows = new List<string>();
            var associations = new List<string>();
            if (s.AfterHoursFlow is { } afterHours && !s.Hours.IsAllWeek)
            {
                var flow = parts.Flow(afterHours);
                flows.Add(flow);
                associations.Add(parts.AfterHours(s.Name, s.Hours, flow));
            }

            foreach (var holiday in s.Holidays)
            {
                var (flow, association) = parts.Holiday(holiday);
                flows.Add(flow);
                associations.Add(association);
            }

            var inclusion = Scope(script, "$inclusion", s.DialScope.IncludeGroupIds);
            var exclusion = Scope(script, "$exclusion", s.DialScope.ExcludeGroupIds);
            using (script.Block("if (-not $attendant)"))
            {
                script.Command(new PsCommand("New-CsAutoAttendant")
                        .With("Name", name)
                        .With("LanguageId", PsLiteral.Quote(s.LanguageId))
                        .With("VoiceId", PsLiteral.Quote(s.Voice.ToString()))
                        .With("TimeZoneId", PsLiteral.Quote(s.TimeZoneId))
                        .With("DefaultCallFlow", defaultFlow)
                        .WithOptional("CallFlows", flows.Count == 0 ? null : PsLiteral.Array(flows))
                        .WithOptional("CallHandlingAssociations", associations.Count == 0 ? null : PsLiteral.Array(associations))
                        .WithOptional("Operator", operatorTarget)
                        .SwitchIf("EnableVoiceResponse", s.EnableVoiceResponse)
                        .WithOptional("InclusionScope", inclusion)
                        .WithOptional("ExclusionScope", exclusion)
                        .With("UserNameExtension", PsLiteral.Quote(s.UserNameExtension.ToString())), "$attendant")
                    .Report("Done_AttendantCreated", name);
            }

            using (script.Block("else"))
            {
                script.Line($"$attendant.LanguageId = {PsLiteral.Quote(s.LanguageId)}")
                    .Line($"$attendant.TimeZoneId = {PsLiteral.Quote(s.TimeZoneId)}")
                    .Line($"$attendant.VoiceId = {PsLiteral.Quote(s.Voice.ToString())}")
                    .Line($"$attendant.DefaultCallFlow = {defaultFlow}")
                    .Line($"$attendant.CallFlows = {PsLiteral.Array(flows)}")
                    .Line($"$attendant.CallHandlingAssociations = {PsLiteral.Array(associations)}")
                    .Line($"$attendant.Operator = {operatorTarget ?? "$null"}")
                    .Command(new PsCommand("Set-CsAutoAttendant").With("Instance", "$attendant"), "$null")
                    .Report("Done_AttendantUpdated", name);
            }
        }

        using (script.Block("if ($attendant)"))
        {
            script.Line($"{ScriptReferences.Of(ScriptReferences.Attendants, attendant.Id)} = $attendant.Identity");
        }
    }

    private static string? Scope(ScriptBuilder script, string variable, IReadOnlyList<string> groups)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        script.Command(new PsCommand("New-CsAutoAttendantDialScope").Switch("GroupScope").With("GroupIds", PsLiteral.QuotedArray(groups)), variable);
        return variable;
    }
}
