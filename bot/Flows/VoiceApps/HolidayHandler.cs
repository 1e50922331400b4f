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

/// <summary>
/// The auto attendants' holidays as objects: "list the holidays" (dates and the attendant that closes), "show Christmas",
/// "move Christmas to December 24-26", "décale Noël au 24 décembre", "rename Christmas to Xmas" or the Edit form, and
/// "delete the Christmas holiday" — through the plan card. A holiday's name is unique in the tenant, so it belongs to one
/// attendant; its id is that attendant's id and its name. A change applies only if the attendant is still what the plan saw.
/// </summary>
public sealed class HolidayHandler(VoiceAppQueries queries, AutoAttendantService attendants, RecognizerModels models, TimeProvider clock)
    : IObjectHandler, IPlannedFlow, IActionFlow
{
    private const string AttendantSlot = "holidayAttendant", HolidaySlot = "holidayName", SeenSlot = "holidaySeen", ActionSlot = "holidayAction";
    private const string NewNameSlot = "holidayNewName", FirstSlot = "holidayFirst", LastSlot = "holidayLast", RemoveAction = "remove";

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.Holiday;

    /// <inheritdoc />
    public string Name => "objects.holiday";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [HolidayEditPayload.Verb];

    /// <summary>The id of <paramref name="holiday"/> of <paramref name="attendant"/>.</summary>
    public static string IdOf(AutoAttendant attendant, Holiday holiday) => attendant.Id + ":" + holiday.Name.ToLowerInvariant();

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await queries.ListAutoAttendantsAsync(actor, cancellationToken);
        return all.IsSuccess
            ? all.Value.SelectMany(a => a.Settings.Holidays.Select(h => new NamedObject(IdOf(a, h), h.Name))).ToArray()
            : all.Error;
    }

    /// <inheritdoc />
    public async Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var all = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var details = new AutoAttendantDetails(new Dictionary<string, string>(), turn.Language);
        var summaries = all.Value
            .SelectMany(a => a.Settings.Holidays.Select(h => (Attendant: a, Holiday: h)))
            .OrderBy(p => p.Holiday.Dates.Count == 0 ? DateTime.MaxValue : p.Holiday.Dates.Min(d => d.Start))
            .Select(p => new HolidaySummary(
                p.Holiday.Name,
                p.Holiday.Dates.Select(details.Dates).ToArray(),
                [p.Attendant.Name],
                ObjectButtons.Create(BotText.Get(turn.Language, "AaObj_Show"), IntentKind.ShowObject, Kind, IdOf(p.Attendant, p.Holiday))))
            .ToArray();
        await turn.SendCardAsync(HolidaysCard.Build(summaries, turn.Language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await FindAsync(turn, target.Id, cancellationToken) is not { } found)
        {
            return;
        }

        var (attendant, holiday) = found;

        var details = new AutoAttendantDetails(new Dictionary<string, string>(), language);
        var facts = new List<Fact>
        {
            new(BotText.Get(language, "HolidayShow_Name"), holiday.Name),
            new(BotText.Get(language, "HolidayShow_Attendant"), attendant.Name),
            new(BotText.Get(language, "HolidayShow_TimeZone"), attendant.Settings.TimeZoneId),
        };
        facts.AddRange(holiday.Dates.Select((d, i) => new Fact(BotText.Get(language, "HolidayShow_Dates", i + 1), details.Dates(d))));
        facts.Add(new Fact(BotText.Get(language, "HolidayShow_Calls"), details.HolidayAction(holiday)));
        facts.Add(new Fact(BotText.Get(language, "HolidayShow_Greeting"), holiday.Greeting?.TextToSpeech ?? holiday.Greeting?.AudioFileId ?? BotText.Get(language, "AaShow_None")));
        var buttons = turn.Actor.IsAdmin
            ? new[]
            {
                ObjectButtons.Create(BotText.Get(language, "AaObj_Edit"), IntentKind.ChangeObject, Kind, target.Id),
                ObjectButtons.Create(BotText.Get(language, "AaObj_Remove"), IntentKind.RemoveObject, Kind, target.Id) with { Destructive = true },
            }
            : [];
        await turn.SendCardAsync(DetailCard.Build(new DetailSummary(BotText.Get(language, "HolidayShow_Title", holiday.Name), facts, buttons), language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        if (!await VoiceAppReplies.AdminAsync(turn, cancellationToken) || await FindAsync(turn, target.Id, cancellationToken) is not { } found)
        {
            return;
        }

        var (attendant, holiday) = found;

        var (name, first, last) = intent.Text.Length == 0 ? (null, null, null) : Read(intent.Text, intent.Language, holiday.Name);
        if (name is null && first is null)
        {
            if (intent.Text.Length > 0)
            {
                await turn.SendTextAsync(BotText.Get(turn.Language, "HolidayEdit_WhatToChange", holiday.Name), cancellationToken);
            }

            await turn.SendCardAsync(HolidayEditForm.Build(FormValues(attendant, holiday), turn.Language), cancellationToken);
            return;
        }

        await PlanChangeAsync(turn, attendant, holiday, name, first, last, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!await VoiceAppReplies.AdminAsync(turn, cancellationToken) || await FindAsync(turn, target.Id, cancellationToken) is not { } found)
        {
            return;
        }

        var (attendant, holiday) = found;

        var details = new AutoAttendantDetails(new Dictionary<string, string>(), language);
        var (planId, key) = PendingPlans.Start(turn.State, Name, Slots(attendant, holiday, RemoveAction));
        var plan = new PlanSummary(planId, BotText.Get(language, "HolidayRemove_PlanTitle", holiday.Name, attendant.Name),
        [
            new Fact(BotText.Get(language, "HolidayShow_Name"), holiday.Name),
            new Fact(BotText.Get(language, "HolidayShow_Attendant"), attendant.Name),
            new Fact(BotText.Get(language, "HolidayShow_DatesAll"), string.Join("; ", holiday.Dates.Select(details.Dates))),
        ])
        {
            Warnings = [BotText.Get(language, "HolidayRemove_Warning", attendant.Name)],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

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

        var changed = Changed(holiday, slots.GetValueOrDefault(NewNameSlot), slots.GetValueOrDefault(FirstSlot), slots.GetValueOrDefault(LastSlot));
        var seen = DateTimeOffset.Parse(slots[SeenSlot], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var saved = await attendants.UpdateAsync(
            new UpdateAutoAttendant(turn.Actor, key, id, settings with { Holidays = settings.Holidays.Select(h => h == holiday ? changed : h).ToArray() }, seen),
            cancellationToken);
        if (!saved.IsSuccess)
        {
            return ActionResult.Failure(saved.Error, language);
        }

        var text = BotText.Get(language, "HolidayEdit_Done", changed.Name);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, ChangeFacts(holiday, changed, language)), language));
    }

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

        await PlanChangeAsync(turn, found.Attendant, found.Holiday, name, first, last, cancellationToken);
        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }

    private async Task PlanChangeAsync(FlowTurn turn, AutoAttendant attendant, Holiday holiday, string? name, string? first, string? last, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var changed = Changed(holiday, name, first, last);
        if (changed.Name == holiday.Name && changed.Dates.SequenceEqual(holiday.Dates))
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
            await VoiceAppReplies.SendProblemsAsync(turn, BotText.Get(language, "VoiceApps_ProblemsHoliday", changed.Name, attendant.Name), check.Value.Problems, cancellationToken);
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

        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var plan = new PlanSummary(planId, BotText.Get(language, "HolidayEdit_PlanTitle", holiday.Name, attendant.Name), ChangeFacts(holiday, changed, language));
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

    private static IReadOnlyList<Fact> ChangeFacts(Holiday before, Holiday after, Language language)
    {
        var details = new AutoAttendantDetails(new Dictionary<string, string>(), language);
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

        return facts;
    }

    private static Dictionary<string, string> Slots(AutoAttendant attendant, Holiday holiday, string action) => new()
    {
        [AttendantSlot] = attendant.Id,
        [HolidaySlot] = holiday.Name,
        [SeenSlot] = attendant.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        [ActionSlot] = action,
    };

    private static HolidayFormValues FormValues(AutoAttendant attendant, Holiday holiday)
    {
        var first = holiday.Dates.Count == 0 ? DateTime.Today : holiday.Dates.Min(d => d.Start).Date;
        var last = holiday.Dates.Count == 0 ? first : holiday.Dates.Max(d => d.EffectiveEnd).AddTicks(-1).Date;
        return new HolidayFormValues(IdOf(attendant, holiday), holiday.Name, first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static DateTime? Day(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? DateTime.SpecifyKind(day, DateTimeKind.Unspecified) : null;

    private async Task<(AutoAttendant Attendant, Holiday Holiday)?> FindAsync(FlowTurn turn, string id, CancellationToken cancellationToken)
    {
        var all = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(turn.Language), cancellationToken);
            return null;
        }

        foreach (var attendant in all.Value)
        {
            if (attendant.Settings.Holidays.FirstOrDefault(h => IdOf(attendant, h) == id) is { } holiday)
            {
                return (attendant, holiday);
            }
        }

        await turn.SendTextAsync(BotText.Get(turn.Language, "Objects_Gone_Holiday"), cancellationToken);
        return null;
    }
}
