using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>The auto attendant's Edit form: what its submit asks, read against the values it was prefilled with.</summary>
public sealed partial class AutoAttendantHandler
{
    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, new Error("auth.admin_required"));
        }

        if (verb == AutoAttendantMenuFormPayload.Verb)
        {
            return await MenuFormClickedAsync(turn, data, cancellationToken);
        }

        if (verb == AutoAttendantMenuPayload.Verb)
        {
            return await MenuSubmittedAsync(turn, data, cancellationToken);
        }

        var payload = CardPayloads.Read<AutoAttendantEditPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        // The id is only looked up among the clicker's own tenant's attendants.
        var all = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        var id = payload.Value.AttendantId;
        if (!all.IsSuccess || all.Value.FirstOrDefault(a => a.Id == id) is not { } attendant)
        {
            return new ActionResult(all.IsSuccess ? BotText.Get(language, "Objects_Gone_AutoAttendant") : all.Error.Describe(language)) { Failed = true };
        }

        var edit = FromForm(data, attendant);
        if (!edit.IsSuccess)
        {
            return ActionRouter.Failed(turn, edit.Error);
        }

        await PlanChangeAsync(turn, attendant, edit.Value, [], cancellationToken);
        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }

    private static AutoAttendantFormValues FormValues(AutoAttendant attendant)
    {
        var hours = attendant.Settings.Hours;
        var ranges = hours.Days.SelectMany(d => d.Ranges).ToArray();
        var open = ranges.Length == 0 ? TimeSpan.FromHours(9) : ranges.Min(r => r.Start);
        var close = ranges.Length == 0 ? TimeSpan.FromHours(17) : ranges.Max(r => r.End);
        return new AutoAttendantFormValues(attendant.Id, attendant.Name, attendant.Settings.TimeZoneId, attendant.Settings.LanguageId,
            HoursText.Clock(open), HoursText.Clock(close), hours.Days.Where(d => d.Ranges.Count > 0).Select(d => d.Day).ToArray());
    }

    // The form's values that differ from what it was prefilled with; hours from the form are the same every open day.
    private static Result<AutoAttendantEdit> FromForm(JsonElement data, AutoAttendant attendant)
    {
        var before = FormValues(attendant);
        var name = CardInputs.Value(data, AutoAttendantEditForm.NameInput);
        var zone = CardInputs.Value(data, AutoAttendantEditForm.TimeZoneInput);
        var lang = CardInputs.Value(data, AutoAttendantEditForm.LanguageInput);
        if (zone is not null && SupportedTimeZones.Canonical(zone) is null)
        {
            return new Error("autoattendant.time_zone_unsupported", zone);
        }

        if (lang is not null && SupportedLanguages.Canonical(lang) is null)
        {
            return new Error("voiceapp.language_unsupported", lang);
        }

        var open = CardInputs.Value(data, AutoAttendantEditForm.OpenInput) ?? before.Open;
        var close = CardInputs.Value(data, AutoAttendantEditForm.CloseInput) ?? before.Close;
        var days = CardInputs.Values(data, AutoAttendantEditForm.DaysInput)
            .Select(d => Enum.TryParse<DayOfWeek>(d, out var day) && Enum.IsDefined(day) ? day : (DayOfWeek?)null).ToArray();
        if (days.Any(d => d is null) || Time(open) is not { } start || Time(close) is not { } end)
        {
            return new Error("form.invalid_field", "hours");
        }

        var chosen = days.OfType<DayOfWeek>().Distinct().ToArray();
        var hoursChanged = Time(before.Open) != start || Time(before.Close) != end || !chosen.Order().SequenceEqual(before.Days.Order());
        var hours = hoursChanged ? new BusinessHours(chosen.Select(d => new DayHours(d, [new TimeRange(start, end)])).ToArray()) : null;
        return new AutoAttendantEdit(name, zone is null ? null : SupportedTimeZones.Canonical(zone), lang is null ? null : SupportedLanguages.Canonical(lang), hours);
    }

    private static TimeSpan? Time(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var h) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m)
            && h is >= 0 and <= 24 && m is >= 0 and < 60 && (h < 24 || m == 0)
            ? new TimeSpan(h, m, 0)
            : null;
    }
}
