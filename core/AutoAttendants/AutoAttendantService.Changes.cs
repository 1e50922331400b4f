using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Targeted changes: each edits part of the stored attendant, then validates and saves the whole.</summary>
public sealed partial class AutoAttendantService
{
    private const int MaxAttempts = 4;

    /// <summary>Adds a holiday.</summary>
    public Task<Result<AutoAttendantSaved>> AddHolidayAsync(AddHoliday command, CancellationToken cancellationToken = default) =>
        ChangeAsync(command, AuditActions.AutoAttendants.HolidayAdd, command.Id,
            settings => settings with { Holidays = [.. settings.Holidays, command.Holiday] },
            command.Holiday.RedirectTarget is { Type: CallableEntityType.User } target ? [target.Id] : [],
            cancellationToken);

    /// <summary>Removes a holiday.</summary>
    public Task<Result<AutoAttendantSaved>> RemoveHolidayAsync(RemoveHoliday command, CancellationToken cancellationToken = default) =>
        ChangeAsync(command, AuditActions.AutoAttendants.HolidayRemove, command.Id,
            settings => settings.Holidays.Any(h => Matches(h, command.HolidayName))
                ? settings with { Holidays = settings.Holidays.Where(h => !Matches(h, command.HolidayName)).ToArray() }
                : new Error("autoattendant.holiday_not_found", command.HolidayName, settings.Name),
            [],
            cancellationToken);

    /// <summary>Sets business hours (and the after-hours flow).</summary>
    public Task<Result<AutoAttendantSaved>> SetBusinessHoursAsync(SetBusinessHours command, CancellationToken cancellationToken = default) =>
        ChangeAsync(command, AuditActions.AutoAttendants.HoursSet, command.Id,
            settings => settings with
            {
                Hours = command.Hours,
                AfterHoursFlow = command.Hours.IsAllWeek ? command.AfterHoursFlow : command.AfterHoursFlow ?? settings.AfterHoursFlow,
            },
            command.AfterHoursFlow is null ? [] : PeopleOf(command.AfterHoursFlow.Menu),
            cancellationToken);

    /// <summary>Replaces the menu of the default or after-hours flow.</summary>
    public Task<Result<AutoAttendantSaved>> SetMenuAsync(SetMenu command, CancellationToken cancellationToken = default) =>
        ChangeAsync(command, AuditActions.AutoAttendants.MenuSet, command.Id,
            settings => command.Flow switch
            {
                FlowKind.Default => settings with { DefaultFlow = settings.DefaultFlow with { Menu = command.Menu } },
                FlowKind.AfterHours => settings with
                {
                    AfterHoursFlow = (settings.AfterHoursFlow ?? new CallFlow(AutoAttendantValidator.DefaultAfterHoursFlowName, null, command.Menu)) with { Menu = command.Menu },
                },
                _ => new Error("autoattendant.menu_not_for_holiday"),
            },
            PeopleOf(command.Menu),
            cancellationToken);

    /// <summary>
    /// Reads the attendant once to learn which people its settings name, then runs the change with those
    /// people declared as reads. If a concurrent change named other people in between, it starts over.
    /// </summary>
    private async Task<Result<AutoAttendantSaved>> ChangeAsync(
        IMutation command,
        string action,
        string rawId,
        Func<AutoAttendantSettings, Result<AutoAttendantSettings>> change,
        IEnumerable<string> newPeople,
        CancellationToken cancellationToken,
        DateTimeOffset? seen = null)
    {
        var id = Id(rawId);
        var extra = newPeople.ToArray();
        for (var attempt = 1; ; attempt++)
        {
            var current = command.Actor.Role < Role.Admin
                ? null
                : (await runner.ReadAsync(command.Actor.Tenant, reads => reads.One(AutoAttendantCollections.Attendants, id), cancellationToken))
                    .Find(AutoAttendantCollections.Attendants, id);
            var people = (current?.Settings.PersonIds() ?? []).Concat(extra).Select(p => p.Trim().ToLowerInvariant()).ToHashSet();
            var stale = false;
            var result = await runner.RunAsync(command, action, Role.Admin,
                reads => VoiceAppFacts.Declare(reads, people),
                context =>
                {
                    if (context.Find(AutoAttendantCollections.Attendants, id) is not { } attendant)
                    {
                        return new Error("autoattendant.not_found", rawId);
                    }

                    if (ChangedSince(id, seen, context) is { } changedMeanwhile)
                    {
                        return changedMeanwhile;
                    }

                    var changed = change(attendant.Settings);
                    if (!changed.IsSuccess)
                    {
                        return changed.Error;
                    }

                    stale = !changed.Value.PersonIds().All(p => people.Contains(p.Trim().ToLowerInvariant()));
                    return stale ? new Error("store.busy") : Save(id, changed.Value, context, people);
                },
                AutoAttendantsJson.Default.AutoAttendantSaved,
                cancellationToken);
            if (!stale || attempt == MaxAttempts)
            {
                return result;
            }
        }
    }

    private static IEnumerable<string> PeopleOf(Menu menu) =>
        menu.Options.Select(o => o.Target).Where(t => t is { Type: CallableEntityType.User }).Select(t => t!.Id);

    private static bool Matches(Holiday holiday, string name) => string.Equals(holiday.Name, name.Trim(), StringComparison.OrdinalIgnoreCase);
}
