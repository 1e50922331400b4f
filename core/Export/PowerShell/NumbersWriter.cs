using ChatPhone.Core.Numbers;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Number assignments with their emergency locations (Set-CsPhoneNumberAssignment), to people and resource accounts,
/// and the location of numbers nobody holds. A number already held by the right object at the right place is skipped.
/// Numbers on the conferencing bridge are written with conferencing.
/// </summary>
internal static class NumbersWriter
{
    public static void Write(ScriptBuilder script, TenantConfiguration tenant)
    {
        var numbers = tenant.Numbers
            .Where(n => n.Assignment?.Target is AssignmentTarget.User or AssignmentTarget.ResourceAccount || (n.Assignment is null && n.LocationId is not null))
            .ToList();
        if (numbers.Count == 0)
        {
            return;
        }

        script.Section("Section_Numbers");
        foreach (var number in numbers)
        {
            WriteNumber(script, tenant, number);
        }
    }

    private static void WriteNumber(ScriptBuilder script, TenantConfiguration tenant, PhoneNumber number)
    {
        var phone = PsLiteral.Quote(number.Number);
        var location = number.LocationId is null ? null : ScriptReferences.Of(ScriptReferences.Locations, number.LocationId);
        script.Blank().Line($"$assignment = Get-CsPhoneNumberAssignment -TelephoneNumber {phone}");
        if (number.Assignment is not { } assignment)
        {
            using (script.Block($"if ($assignment.LocationId -ne {location})"))
            using (script.ShouldProcess(phone, "Action_SetLocation"))
            {
                script.Command(new PsCommand("Set-CsPhoneNumberAssignment").With("TelephoneNumber", phone).With("LocationId", location!))
                    .Report("Done_LocationSet", phone);
            }

            return;
        }

        var isUser = assignment.Target == AssignmentTarget.User;
        var holder = ScriptReferences.Of(isUser ? ScriptReferences.Users : ScriptReferences.ResourceAccounts, assignment.TargetId);
        var upn = tenant.UpnOf(assignment.TargetId);
        var command = new PsCommand("Set-CsPhoneNumberAssignment")
            .With("Identity", upn is null ? holder : PsLiteral.Quote(upn))
            .With("PhoneNumber", phone)
            // Numbers ChatPhone acquires or ports come from Microsoft's Calling Plan inventory.
            .With("PhoneNumberType", "'CallingPlan'")
            .WithOptional("LocationId", location);
        if (isUser)
        {
            command.With("AssignmentCategory", PsLiteral.Quote(assignment.Category.ToString()));
        }

        var differs = $"$assignment.AssignedPstnTargetId -ne {holder}" + (location is null ? string.Empty : $" -or $assignment.LocationId -ne {location}");
        using (script.Block($"if ({differs})"))
        using (script.ShouldProcess(phone, "Action_AssignNumber"))
        {
            script.Command(command).Report("Done_NumberAssigned", phone, PsLiteral.Quote(upn ?? assignment.TargetId));
        }
    }
}
