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
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// The auto attendants' holidays as objects: "list the holidays" (dates and the attendant that closes), "show Christmas",
/// "move Christmas to December 24-26", "décale Noël au 24 décembre", "rename Christmas to Xmas" or the Edit form, and
/// "delete the Christmas holiday" — through the plan card. A holiday's name is unique in the tenant, so it belongs to one
/// attendant; its id is that attendant's id and its name. A change applies only if the attendant is still what the plan saw.
/// </summary>
public sealed partial class HolidayHandler(
    VoiceAppQueries queries, AutoAttendantService attendants, ResourceAccountService accounts, IDirectoryStore directory, RecognizerModels models, TimeProvider clock)
    : IObjectHandler, IPlannedFlow, IActionFlow
{
    private const string AttendantSlot = "holidayAttendant", HolidaySlot = "holidayName", SeenSlot = "holidaySeen", ActionSlot = "holidayAction";
    private const string NewNameSlot = "holidayNewName", FirstSlot = "holidayFirst", LastSlot = "holidayLast", CallsSlot = "holidayCalls", RemoveAction = "remove";

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
        await ListPages.SendAsync(turn, intent, Kind, summaries, page => HolidaysCard.Build(page, turn.Language), cancellationToken);
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

        var details = new AutoAttendantDetails(await NamesAsync(turn, cancellationToken), language);
        var facts = new List<Fact>
        {
            new(BotText.Get(language, "HolidayShow_Name"), holiday.Name),
            new(BotText.Get(language, "HolidayShow_Attendant"), attendant.Name),
            new(BotText.Get(language, "HolidayShow_TimeZone"), attendant.Settings.TimeZoneId),
        };
        facts.AddRange(holiday.Dates.Select((d, i) => new Fact(BotText.Get(language, "HolidayShow_Dates", i + 1), details.Dates(d))));
        facts.Add(new Fact(BotText.Get(language, "HolidayShow_Calls"), details.HolidayAction(holiday)));
        facts.Add(new Fact(BotText.Get(language, "HolidayShow_Greeting"), details.Prompt(holiday.Greeting)));
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

        // What the holiday does with calls ("redirect to +1 206 555 0142", « raccrocher »), read before its dates so that
        // numbers are never taken for days.
        var asked = CallFlowSentence.Read(intent.Text, holiday.Name, attendant.Name);
        var flow = asked.Holidays.IsEmpty ? asked.Business : asked.Holidays;
        Holiday? calls = null;
        if (!flow.IsEmpty || asked.Problems.Count > 0)
        {
            var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, turn.Language, cancellationToken);
            if (!targets.IsSuccess)
            {
                await turn.SendTextAsync(targets.Error.Describe(turn.Language), cancellationToken);
                return;
            }

            var problems = new List<SentenceProblem>(asked.Problems);
            calls = CallFlowChanges.Holiday(holiday, flow, targets.Value, attendant.Id, problems);
            if (problems.Count > 0)
            {
                await SentenceProblems.SendAsync(turn, BotText.Get(turn.Language, "VoiceApps_ProblemsHoliday", holiday.Name, attendant.Name), problems, cancellationToken);
                return;
            }
        }

        var text = calls is null ? intent.Text : asked.Rest;
        var (name, first, last) = text.Trim().Length == 0 ? (null, null, null) : Read(text, intent.Language, holiday.Name);
        if (name is null && first is null && calls is null)
        {
            if (intent.Text.Length > 0)
            {
                await turn.SendTextAsync(BotText.Get(turn.Language, "HolidayEdit_WhatToChange", holiday.Name), cancellationToken);
            }

            await turn.SendCardAsync(HolidayEditForm.Build(FormValues(attendant, holiday), turn.Language), cancellationToken);
            return;
        }

        await PlanChangeAsync(turn, attendant, holiday, name, first, last, calls, cancellationToken);
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

    private static Dictionary<string, string> Slots(AutoAttendant attendant, Holiday holiday, string action) => new()
    {
        [AttendantSlot] = attendant.Id,
        [HolidaySlot] = holiday.Name,
        [SeenSlot] = attendant.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
        [ActionSlot] = action,
    };

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
