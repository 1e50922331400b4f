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

/// <summary>Changes and removals of holidays: the plan card, and applying it only if the attendant is still what it showed.</summary>
public sealed partial class HolidayHandler
{
    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var id = slots[AttendantSlot];
        var name = slots[HolidaySlot];
        if (slots.GetValueOrDefault(ActionSlot) == RemoveAction)
        {
            var removed = await attendants.RemoveHolidayAsync(new RemoveHoliday(turn.Actor, key, id, name), cancellationToken);
            if (!removed.IsSuccess)
            {
                return ActionResult.Failure(removed.Error, language);
            }

            var gone = BotText.Get(language, "HolidayRemove_Done", name, removed.Value.Attendant.Name);
            return new ActionResult(gone, ResultCard.Build(new ResultSummary(gone, [new Fact(BotText.Get(language, "HolidayShow_Name"), name)]), language));
        }

        var current = await queries.GetAutoAttendantAsync(turn.Actor, id, cancellationToken);
        if (!current.IsSuccess)
        {
            return ActionResult.Failure(current.Error, language);
        }

        var settings = current.Value.Settings;
        if (settings.Holidays.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } holiday)
        {
            return ActionResult.Failure(new Error("autoattendant.holiday_not_found", name, current.Value.Name), language);
        }

        var changed = WithCalls(
            Changed(holiday, slots.GetValueOrDefault(NewNameSlot), slots.GetValueOrDefault(FirstSlot), slots.GetValueOrDefault(LastSlot)),
            slots.GetValueOrDefault(CallsSlot) is { } calls ? CallFlowPlan.Read(calls).Holidays?.FirstOrDefault() : null);
        var seen = DateTimeOffset.Parse(slots[SeenSlot], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var saved = await attendants.UpdateAsync(
            new UpdateAutoAttendant(turn.Actor, key, id, settings with { Holidays = settings.Holidays.Select(h => h == holiday ? changed : h).ToArray() }, seen),
            cancellationToken);
        if (!saved.IsSuccess)
        {
            return ActionResult.Failure(saved.Error, language);
        }

        var text = BotText.Get(language, "HolidayEdit_Done", changed.Name);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, ChangeFacts(holiday, changed, await NamesAsync(turn, cancellationToken), language)), language));
    }

    private async Task PlanChangeAsync(
        FlowTurn turn, AutoAttendant attendant, Holiday holiday, string? name, string? first, string? last, Holiday? calls, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var changed = WithCalls(Changed(holiday, name, first, last), calls);
        if (changed.Name == holiday.Name && changed.Dates.SequenceEqual(holiday.Dates) && SameCalls(changed, holiday))
        {
            await turn.SendTextAsync(new Error("voiceapp.unchanged", holiday.Name).Describe(language), cancellationToken);
            return;
        }

        var settings = attendant.Settings with { Holidays = attendant.Settings.Holidays.Select(h => h == holiday ? changed : h).ToArray() };
        var check = await queries.CheckAutoAttendantAsync(turn.Actor, settings, attendant.Id, cancellationToken);
        if (!check.IsSuccess)
        {
            await turn.SendTextAsync(check.Error.Describe(language), cancellationToken);
            return;
        }

        if (!check.Value.IsValid)
        {
            var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, language, cancellationToken);
            await SentenceProblems.SendAsync(turn, BotText.Get(language, "VoiceApps_ProblemsHoliday", changed.Name, attendant.Name),
                check.Value.Problems.Select(p => targets.IsSuccess ? targets.Value.Describe(p) : p.Describe(language)), cancellationToken);
            return;
        }

        var slots = Slots(attendant, holiday, "edit");
        if (changed.Name != holiday.Name)
        {
            slots[NewNameSlot] = changed.Name;
        }

        if (first is not null && !changed.Dates.SequenceEqual(holiday.Dates))
        {
            slots[FirstSlot] = first;
            slots[LastSlot] = last ?? first;
        }

        if (!SameCalls(changed, holiday))
        {
            slots[CallsSlot] = new CallFlowPlan(null, null, null, [changed]).Write();
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var facts = ChangeFacts(holiday, changed, await NamesAsync(turn, cancellationToken), language);
        var plan = new PlanSummary(planId, BotText.Get(language, "HolidayEdit_PlanTitle", holiday.Name, attendant.Name), facts);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    // The new name and days a sentence gives: "rename … to Xmas", "move Christmas to December 24-26", "décale Noël au 24 décembre".
    private (string? Name, string? First, string? Last) Read(string text, string language, string holidayName)
    {
        var name = AutoAttendantSentence.NewName(text);
        var rest = name is null ? text : text[..text.LastIndexOf(name, StringComparison.Ordinal)];
        rest = Regex.Replace(rest, Regex.Escape(holidayName), " ", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(200));
        var context = new SlotContext(RecognitionInput.Create(rest, language, null, 500), models, clock.GetLocalNow().DateTime);
        DateSlots.FillDate(context, SlotNames.Date, SlotNames.EndDate, preferFuture: true);
        var first = context.Slots.GetValueOrDefault(SlotNames.Date);
        return (name, first, first is null ? null : context.Slots.GetValueOrDefault(SlotNames.EndDate) ?? first);
    }

    // The holiday renamed and, when days are given, on those whole days (first to last, inclusive) instead of its dates.
    private static Holiday Changed(Holiday holiday, string? name, string? first, string? last)
    {
        var changed = holiday with { Name = string.IsNullOrWhiteSpace(name) ? holiday.Name : name.Trim() };
        if (first is null || Day(first) is not { } start)
        {
            return changed;
        }

        var end = (last is null ? null : Day(last)) is { } l && l > start ? l : start;
        return changed with { Dates = [end > start ? new DateTimeRange(start, end.AddDays(1)) : new DateTimeRange(start, start.AddDays(1))] };
    }

    // The holiday doing with calls what <paramref name="calls"/> does (its action, greeting and target), when given.
    private static Holiday WithCalls(Holiday holiday, Holiday? calls) =>
        calls is null ? holiday : holiday with { Action = calls.Action, Greeting = calls.Greeting, RedirectTarget = calls.RedirectTarget };

    private static bool SameCalls(Holiday a, Holiday b) => a.Action == b.Action && a.Greeting == b.Greeting && a.RedirectTarget == b.RedirectTarget;

    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, turn.Language, cancellationToken);
        return targets.IsSuccess ? targets.Value.Names() : new Dictionary<string, string>();
    }

    private static IReadOnlyList<Fact> ChangeFacts(Holiday before, Holiday after, IReadOnlyDictionary<string, string> names, Language language)
    {
        var details = new AutoAttendantDetails(names, language);
        var facts = new List<Fact>();
        if (before.Name != after.Name)
        {
            facts.Add(new Fact(BotText.Get(language, "HolidayShow_Name"), $"{before.Name} → {after.Name}"));
        }

        if (!before.Dates.SequenceEqual(after.Dates))
        {
            facts.Add(new Fact(BotText.Get(language, "HolidayShow_DatesAll"),
                $"{string.Join("; ", before.Dates.Select(details.Dates))} → {string.Join("; ", after.Dates.Select(details.Dates))}"));
        }

        if (!SameCalls(before, after))
        {
            facts.Add(new Fact(BotText.Get(language, "Holiday_Calls"), $"{details.HolidayAction(before)} → {details.HolidayAction(after)}"));
        }

        return facts;
    }
}
