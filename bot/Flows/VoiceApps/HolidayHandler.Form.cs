using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>The holiday's Edit form: what its submit asks, read against the values it was prefilled with.</summary>
public sealed partial class HolidayHandler
{
    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, new Error("auth.admin_required"));
        }

        var payload = CardPayloads.Read<HolidayEditPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        var all = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        var id = payload.Value.HolidayId;
        var found = (all.IsSuccess ? all.Value : [])
            .SelectMany(a => a.Settings.Holidays.Select(h => (Attendant: a, Holiday: h)))
            .FirstOrDefault(p => IdOf(p.Attendant, p.Holiday) == id);
        if (found.Attendant is null)
        {
            return new ActionResult(all.IsSuccess ? BotText.Get(language, "Objects_Gone_Holiday") : all.Error.Describe(language)) { Failed = true };
        }

        var name = CardInputs.Value(data, HolidayEditForm.NameInput);
        var first = CardInputs.Value(data, HolidayEditForm.FirstInput);
        var last = CardInputs.Value(data, HolidayEditForm.LastInput) ?? first;
        if (first is null || Day(first) is null || last is null || Day(last) is null)
        {
            return ActionRouter.Failed(turn, new Error("form.invalid_field", "date"));
        }

        await PlanChangeAsync(turn, found.Attendant, found.Holiday, name, first, last, null, cancellationToken);
        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }

    private static HolidayFormValues FormValues(AutoAttendant attendant, Holiday holiday)
    {
        var first = holiday.Dates.Count == 0 ? DateTime.Today : holiday.Dates.Min(d => d.Start).Date;
        var last = holiday.Dates.Count == 0 ? first : holiday.Dates.Max(d => d.EffectiveEnd).AddTicks(-1).Date;
        return new HolidayFormValues(IdOf(attendant, holiday), holiday.Name, first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static DateTime? Day(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? DateTime.SpecifyKind(day, DateTimeKind.Unspecified) : null;
}
