using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Core.Setup;
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
/// Step 8, "create an auto attendant Main line, open 9 to 5 Monday to Friday, greeting “Welcome”, press 1 for Sales and
/// after hours send calls to +1 425 555 0100": language from the message, time zone from the admin's usage location,
/// business hours from the slots (Monday–Friday 9–17 by default), call flows from <see cref="CallFlowSentence"/> with their
/// targets found in the tenant (Disconnect when the sentence says nothing); dry-run, plan card, creation on confirm.
/// </summary>
public sealed class CreateAutoAttendantFlow(
    IDirectoryStore directory, VoiceAppQueries queries, AutoAttendantService attendants, ResourceAccountService accounts, StepFormSender forms) : IIntentFlow, IPlannedFlow
{
    /// <summary>The name of the business-hours call flow this flow creates.</summary>
    public const string DefaultFlowName = "Business hours";

    private const string LanguageSlot = "languageId";
    private const string TimeZoneSlot = "timeZoneId";
    private const string RangesSlot = "ranges";
    private const string FlowsSlot = "aaFlows";

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static readonly Dictionary<string, string> TimeZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "Eastern Standard Time",
        ["FR"] = "Romance Standard Time",
        ["GB"] = "GMT Standard Time",
    };

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.CreateAutoAttendant];

    /// <inheritdoc />
    public string Name => "voiceapps.autoattendant";

    /// <summary>The time zone for a usage location: a tiny map, UTC for anywhere else.</summary>
    public static string TimeZoneFor(string? usageLocation) =>
        usageLocation is not null && TimeZones.TryGetValue(usageLocation.Trim(), out var zone) ? zone : "UTC";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!await VoiceAppReplies.AdminAsync(turn, cancellationToken))
        {
            return;
        }

        if (intent.Slots.GetValueOrDefault(SlotNames.Name) is not { Length: > 0 } name)
        {
            await turn.SendTextAsync(BotText.Get(language, "AutoAttendant_WhichName"), cancellationToken);
            await forms.SendAsync(turn, SetupStepKind.AutoAttendants, cancellationToken);
            return;
        }

        var admin = await directory.FindAsync(turn.Actor.Tenant, turn.Actor.UserId, cancellationToken);
        var slots = new Dictionary<string, string>
        {
            [SlotNames.Name] = name,
            [LanguageSlot] = intent.Language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "fr-FR" : "en-US",
            [TimeZoneSlot] = TimeZoneFor(admin.IsSuccess ? admin.Value.UsageLocation : null),
            [SlotNames.Open] = intent.Slots.GetValueOrDefault(SlotNames.Open) ?? "09:00",
            [SlotNames.Close] = intent.Slots.GetValueOrDefault(SlotNames.Close) ?? "17:00",
            [SlotNames.Days] = intent.Slots.GetValueOrDefault(SlotNames.Days) ?? string.Join(',', Weekdays),
        };

        // What the sentence says beyond the slots: a time zone, a language, several opening ranges a day.
        var (zone, spoken) = AutoAttendantSentence.ZoneAndLanguage(intent.Text, name);
        slots[TimeZoneSlot] = zone ?? slots[TimeZoneSlot];
        slots[LanguageSlot] = spoken ?? slots[LanguageSlot];
        if (OpeningRanges.Read(RecognitionInput.Fold(intent.Text)) is { Count: > 0 } ranges)
        {
            slots[RangesSlot] = string.Join(',', ranges.Select(r => $"{Hhmm(r.Start)}-{Hhmm(r.End)}"));
        }

        var asked = CallFlowSentence.Read(intent.Text, name);
        var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, language, cancellationToken);
        if (!targets.IsSuccess)
        {
            await turn.SendTextAsync(targets.Error.Describe(language), cancellationToken);
            return;
        }

        var built = CallFlowChanges.Build(Settings(slots), asked, targets.Value, null);
        if (built.Problems.Count > 0)
        {
            await SentenceProblems.SendAsync(turn, BotText.Get(language, "VoiceApps_ProblemsAutoAttendant", name), built.Problems, cancellationToken);
            return;
        }

        if (!built.Plan.IsEmpty)
        {
            slots[FlowsSlot] = built.Plan.Write();
        }

        var settings = Settings(slots);
        var problems = new List<Error>();
        var checkedSettings = await queries.CheckAutoAttendantAsync(turn.Actor, settings, cancellationToken: cancellationToken);
        if (!checkedSettings.IsSuccess)
        {
            await turn.SendTextAsync(checkedSettings.Error.Describe(language), cancellationToken);
            return;
        }

        problems.AddRange(checkedSettings.Value.Problems);
        if (problems.Count > 0)
        {
            await SentenceProblems.SendAsync(turn, BotText.Get(language, "VoiceApps_ProblemsAutoAttendant", name), problems.Select(targets.Value.Describe), cancellationToken);
            return;
        }

        var value = checkedSettings.Value.Value;
        slots[SlotNames.Name] = value.Name;
        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var plan = new PlanSummary(planId, BotText.Get(language, "AutoAttendant_PlanTitle", value.Name), [.. Facts(value, targets.Value.Names(), language)])
        {
            Warnings = [.. built.Notes.Select(n => n.Describe(language)), .. checkedSettings.Value.Notes.Select(n => n.Describe(language))],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var settings = Settings(slots);
        var saved = await attendants.CreateAsync(new CreateAutoAttendant(turn.Actor, key, settings), cancellationToken);
        if (!saved.IsSuccess)
        {
            return ActionResult.Failure(saved.Error, language);
        }

        var attendant = saved.Value.Attendant;
        var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, language, cancellationToken);
        var names = targets.IsSuccess ? targets.Value.Names() : new Dictionary<string, string>();
        var text = BotText.Get(language, "AutoAttendant_Created", attendant.Name);
        var result = new ResultSummary(text, [.. Facts(attendant.Settings, names, language)], BotText.Get(language, "AutoAttendant_Next", attendant.Name));
        return new ActionResult(text, ResultCard.Build(result, language));
    }

    /// <summary>The settings the slots describe (times that do not read as HH:mm fall back to 9:00–17:00).</summary>
    private static AutoAttendantSettings Settings(IReadOnlyDictionary<string, string> slots)
    {
        var open = Clock(slots[SlotNames.Open]);
        var close = Clock(slots[SlotNames.Close]);
        var days = slots[SlotNames.Days].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Enum.TryParse<DayOfWeek>(d, out var day) ? day : (DayOfWeek?)null)
            .OfType<DayOfWeek>()
            .Distinct()
            .ToArray();
        IReadOnlyList<TimeRange> ranges = slots.GetValueOrDefault(RangesSlot) is { } written
            ? [.. written.Split(',').Select(r => r.Split('-')).Select(r => new TimeRange(Clock(r[0]) ?? TimeSpan.Zero, Clock(r[1]) ?? TimeSpan.Zero))]
            : [new TimeRange(open ?? TimeSpan.FromHours(9), close ?? TimeSpan.FromHours(17))];
        var flows = slots.GetValueOrDefault(FlowsSlot) is { } plan ? CallFlowPlan.Read(plan) : CallFlowPlan.None;
        return flows.Apply(new AutoAttendantSettings
        {
            Name = slots[SlotNames.Name],
            LanguageId = slots[LanguageSlot],
            TimeZoneId = slots[TimeZoneSlot],
            DefaultFlow = CallFlow.Disconnect(DefaultFlowName),
            Hours = new BusinessHours([.. (days.Length == 0 ? Weekdays : days).Select(d => new DayHours(d, ranges))]),
            AfterHoursFlow = CallFlow.Disconnect(AutoAttendantValidator.DefaultAfterHoursFlowName),
        });
    }

    private static string Hhmm(TimeSpan time) => time == TimeSpan.FromDays(1) ? "24:00" : time.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static TimeSpan? Clock(string? text) =>
        text == "24:00" ? TimeSpan.FromDays(1)
        : TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out var time) ? time : null;

    private static IEnumerable<Fact> Facts(AutoAttendantSettings value, IReadOnlyDictionary<string, string> names, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);

        yield return new Fact(T("CallQueue_Name"), value.Name);
        yield return new Fact(T("AutoAttendant_Language"), VoiceLanguageNames.Display(value.LanguageId, language));
        yield return new Fact(T("AutoAttendant_TimeZone"), DisplayNames.TimeZone(value.TimeZoneId, language));
        var details = new AutoAttendantDetails(names, language);
        yield return new Fact(T("AutoAttendant_Hours"), details.Hours(value.Hours));
        if (value.Operator is { } @operator)
        {
            yield return new Fact(T("AaShow_Operator"), details.Target(@operator));
        }

        foreach (var fact in details.Flow(T("AutoAttendant_DuringHours"), value.DefaultFlow))
        {
            yield return fact;
        }

        if (value.AfterHoursFlow is { } afterHours)
        {
            foreach (var fact in details.Flow(T("AutoAttendant_AfterHours"), afterHours))
            {
                yield return fact;
            }
        }

        yield return new Fact(T("AutoAttendant_Holidays"), value.Holidays.Count == 0
            ? T("AutoAttendant_NoHolidays")
            : string.Join(", ", value.Holidays.Select(h => h.Name)));
    }
}
