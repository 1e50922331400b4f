using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// Step 8, "add a holiday Christmas on December 25 to Main line": the attendant named in the message, or
/// the tenant's only one, or asked for; dry-run of the attendant with the holiday, plan card, then the
/// holiday is added on confirm. Calls are disconnected that day unless the sentence says otherwise: "…, redirect to
/// +1 425 555 0100", « …, transférer vers la file Ventes », with a greeting in quotes (see <see cref="CallFlowSentence"/>).
/// </summary>
public sealed partial class AddHolidayFlow(VoiceAppQueries queries, AutoAttendantService attendants, ResourceAccountService accounts, IDirectoryStore directory)
    : IIntentFlow, IPlannedFlow, IQuestionFlow
{
    private const string FlowSlot = "holidayFlow";

    private const string AttendantSlot = "attendantId";
    private const string AttendantNameSlot = "attendantName";
    private const string AskingSlot = "_askingAttendant";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.AddHoliday];

    /// <inheritdoc />
    public string Name => "voiceapps.holiday";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!await VoiceAppReplies.AdminAsync(turn, cancellationToken))
        {
            return;
        }

        if (intent.Slots.GetValueOrDefault(SlotNames.Name) is not { Length: > 0 } name || intent.Slots.GetValueOrDefault(SlotNames.Date) is not { } date)
        {
            await turn.SendTextAsync(BotText.Get(language, "Holiday_WhichDetails"), cancellationToken);
            return;
        }

        var all = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        if (all.Value.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "Holiday_NoAttendant"), cancellationToken);
            return;
        }

        var holiday = new Dictionary<string, string> { [SlotNames.Name] = name, [SlotNames.Date] = date };
        if (intent.Slots.GetValueOrDefault(SlotNames.EndDate) is { } end)
        {
            holiday[SlotNames.EndDate] = end;
        }

        // What the holiday does with calls: a redirect or a hang-up, with a greeting, read from the sentence.
        var asked = CallFlowSentence.Read(intent.Text, [name, .. all.Value.Select(a => a.Name)]);
        var flow = asked.Holidays.IsEmpty ? asked.Business : asked.Holidays;
        if (!flow.IsEmpty || asked.Problems.Count > 0)
        {
            var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, language, cancellationToken);
            if (!targets.IsSuccess)
            {
                await turn.SendTextAsync(targets.Error.Describe(language), cancellationToken);
                return;
            }

            var problems = new List<SentenceProblem>(asked.Problems);
            var read = CallFlowChanges.Holiday(new Holiday(name, []), flow, targets.Value, null, problems);
            if (problems.Count > 0)
            {
                await SentenceProblems.SendAsync(turn, BotText.Get(language, "VoiceApps_ProblemsHoliday", name, string.Join(", ", all.Value.Select(a => a.Name))), problems, cancellationToken);
                return;
            }

            holiday[FlowSlot] = new CallFlowPlan(null, null, null, [read]).Write();
        }

        // The attendant named in the message (the longest name mentioned, never the holiday's own name), else the only one.
        var text = turn.Context.Activity.Text ?? string.Empty;
        var named = all.Value
            .Where(a => VoiceAppReplies.Mentions(text, a.Name) && VoiceAppReplies.Fold(a.Name) != VoiceAppReplies.Fold(name))
            .OrderByDescending(a => a.Name.Length)
            .FirstOrDefault();
        var attendant = named ?? (all.Value.Count == 1 && !NamesAnotherAttendant(text) ? all.Value[0] : null);
        if (attendant is null)
        {
            turn.State.ClearFlow();
            turn.State.PendingFlow = Name;
            foreach (var (slot, value) in holiday)
            {
                turn.State.Slots[slot] = value;
            }

            turn.State.Slots[AskingSlot] = "1";
            await turn.SendQuestionAsync(BotText.Get(language, "Holiday_WhichAttendant", name, Names(all.Value)), Choices(all.Value), cancellationToken);
            return;
        }

        await PlanAsync(turn, attendant, holiday, cancellationToken);
    }

    /// <inheritdoc />
    public async Task AnswerAsync(FlowTurn turn, string text, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.State.Slots.ContainsKey(AskingSlot))
        {
            await turn.SendTextAsync(BotText.Get(language, "DidNotUnderstand"), cancellationToken);
            return;
        }

        var all = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        var attendant = all.Value.FirstOrDefault(a => VoiceAppReplies.Fold(a.Name) == VoiceAppReplies.Fold(text))
            ?? all.Value.Where(a => VoiceAppReplies.Mentions(text, a.Name)).OrderByDescending(a => a.Name.Length).FirstOrDefault();
        if (attendant is null)
        {
            // Keep the question open: the person may simply retype the name.
            await turn.SendQuestionAsync(BotText.Get(language, "Holiday_UnknownAttendant", text.Trim(), Names(all.Value)), Choices(all.Value), cancellationToken);
            return;
        }

        var holiday = new[] { SlotNames.Name, SlotNames.Date, SlotNames.EndDate, FlowSlot }
            .Where(turn.State.Slots.ContainsKey)
            .ToDictionary(s => s, s => turn.State.Slots[s]);
        await PlanAsync(turn, attendant, holiday, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var holiday = Holiday(slots);
        var saved = await attendants.AddHolidayAsync(new AddHoliday(turn.Actor, key, slots[AttendantSlot], holiday), cancellationToken);
        if (!saved.IsSuccess)
        {
            return ActionResult.Failure(saved.Error, language);
        }

        var attendant = saved.Value.Attendant;
        var text = BotText.Get(language, "Holiday_Added", holiday.Name, attendant.Name);
        var names = await NamesAsync(turn, cancellationToken);
        var result = new ResultSummary(text, [.. Facts(attendant.Name, holiday, names, language)], BotText.Get(language, "Holiday_Next", attendant.Name));
        return new ActionResult(text, ResultCard.Build(result, language));
    }

    private async Task PlanAsync(FlowTurn turn, AutoAttendant attendant, Dictionary<string, string> slots, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        slots[AttendantSlot] = attendant.Id;
        slots[AttendantNameSlot] = attendant.Name;
        var holiday = Holiday(slots);
        var settings = attendant.Settings with { Holidays = [.. attendant.Settings.Holidays, holiday] };
        var checkedSettings = await queries.CheckAutoAttendantAsync(turn.Actor, settings, attendant.Id, cancellationToken);
        if (!checkedSettings.IsSuccess)
        {
            await turn.SendTextAsync(checkedSettings.Error.Describe(language), cancellationToken);
            return;
        }

        if (!checkedSettings.Value.IsValid)
        {
            turn.State.ClearFlow();
            var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, language, cancellationToken);
            await SentenceProblems.SendAsync(turn, BotText.Get(language, "VoiceApps_ProblemsHoliday", holiday.Name, attendant.Name),
                checkedSettings.Value.Problems.Select(p => targets.IsSuccess ? targets.Value.Describe(p) : p.Describe(language)), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var names = await NamesAsync(turn, cancellationToken);
        var plan = new PlanSummary(planId, BotText.Get(language, "Holiday_PlanTitle", holiday.Name, attendant.Name), [.. Facts(attendant.Name, holiday, names, language)]);
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <summary>The holiday the slots describe: from the start date's midnight to the midnight after the end date (inclusive).</summary>
    private static Holiday Holiday(IReadOnlyDictionary<string, string> slots)
    {
        var start = Day(slots[SlotNames.Date]);
        var last = slots.GetValueOrDefault(SlotNames.EndDate) is { } endText ? Day(endText) : start;
        var range = last > start ? new DateTimeRange(start, last.AddDays(1)) : new DateTimeRange(start);
        var read = slots.GetValueOrDefault(FlowSlot) is { } flow ? CallFlowPlan.Read(flow).Holidays?.FirstOrDefault() : null;
        return (read ?? new Holiday(slots[SlotNames.Name], [])) with { Name = slots[SlotNames.Name], Dates = [range] };
    }

    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, turn.Language, cancellationToken);
        return targets.IsSuccess ? targets.Value.Names() : new Dictionary<string, string>();
    }

    private static DateTime Day(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeKind.Unspecified);

    private static IEnumerable<Fact> Facts(string attendant, Holiday holiday, IReadOnlyDictionary<string, string> names, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);

        var culture = VoiceAppReplies.Culture(language);
        var range = holiday.Dates[0];
        var last = range.EffectiveEnd.AddDays(-1).Date;
        yield return new Fact(T("Holiday_Attendant"), attendant);
        yield return new Fact(T("Holiday_Name"), holiday.Name);
        yield return new Fact(T("Holiday_Closed"), last > range.Start.Date
            ? T("Holiday_Range", LongDate(range.Start, culture), LongDate(last, culture))
            : LongDate(range.Start, culture));
        yield return new Fact(T("Holiday_Calls"), holiday.Action == HolidayAction.Disconnect && holiday.Greeting is null
            ? T("Holiday_Disconnect")
            : new AutoAttendantDetails(names, language).HolidayAction(holiday));
    }

    // "… au standard Accueil", "to the attendant Reception": a name the tenant has no attendant of (those it has were
    // looked for first), so the only attendant there is must not be taken in its place.
    private static bool NamesAnotherAttendant(string text) => NamedAttendant().IsMatch(text);

    [GeneratedRegex(@"\b(?i:auto[- ]attendant|attendant|standard automatique|standard)\s+(?:«\s*|""|“)?\p{Lu}", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NamedAttendant();

    private static string Names(IEnumerable<AutoAttendant> all) => string.Join(", ", all.Select(a => a.Name));

    // A button per attendant while they are few; a long list stays in the text alone.
    private static IEnumerable<string> Choices(IReadOnlyCollection<AutoAttendant> all) => all.Count <= 6 ? all.Select(a => a.Name) : [];

    // "lundi 1er janvier 2027": French writes the first day of a month as an ordinal.
    private static string LongDate(DateTime date, CultureInfo culture) =>
        FrenchText.IsFrench(culture) ? FrenchText.FirstOfMonth(date.ToString("D", culture)) : date.ToString("D", culture);
}
