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

/// <summary>Changes and removals of auto attendants: the plan card, and applying it only if the attendant is still what it showed.</summary>
public sealed partial class AutoAttendantHandler
{
    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var id = slots[IdSlot];
        var seen = DateTimeOffset.Parse(slots[SeenSlot], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        if (slots.GetValueOrDefault(ActionSlot) == RemoveAction)
        {
            var deleted = await attendants.DeleteAsync(new DeleteAutoAttendant(turn.Actor, key, id, seen), cancellationToken);
            if (!deleted.IsSuccess)
            {
                return ActionResult.Failure(deleted.Error, language);
            }

            var gone = BotText.Get(language, "AaRemove_Done", deleted.Value.Name);
            return new ActionResult(gone, ResultCard.Build(new ResultSummary(gone, [new Fact(BotText.Get(language, "AaShow_Name"), deleted.Value.Name)]), language));
        }

        var current = await queries.GetAutoAttendantAsync(turn.Actor, id, cancellationToken);
        if (!current.IsSuccess)
        {
            return ActionResult.Failure(current.Error.Code == "autoattendant.not_found" ? new Error("autoattendant.not_found", slots[OldNameSlot]) : current.Error, language);
        }

        var edit = AutoAttendantEdit.FromSlots(slots);
        var saved = await attendants.UpdateAsync(new UpdateAutoAttendant(turn.Actor, key, id, edit.Apply(current.Value.Settings), seen), cancellationToken);
        if (!saved.IsSuccess)
        {
            return ActionResult.Failure(saved.Error, language);
        }

        var attendant = saved.Value.Attendant;
        var text = BotText.Get(language, "AaEdit_Done", attendant.Name);
        var names = await NamesAsync(turn, cancellationToken);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, ChangeFacts(current.Value.Settings, edit, names, language)), language));
    }

    private async Task PlanChangeAsync(FlowTurn turn, AutoAttendant attendant, AutoAttendantEdit asked, IReadOnlyList<string> notes, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var edit = asked.Against(attendant.Settings);
        if (edit.IsEmpty)
        {
            await turn.SendTextAsync(new Error("voiceapp.unchanged", attendant.Name).Describe(language), cancellationToken);
            return;
        }

        var check = await queries.CheckAutoAttendantAsync(turn.Actor, edit.Apply(attendant.Settings), attendant.Id, cancellationToken);
        if (!check.IsSuccess)
        {
            await turn.SendTextAsync(check.Error.Describe(language), cancellationToken);
            return;
        }

        if (!check.Value.IsValid)
        {
            var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, language, cancellationToken);
            await SentenceProblems.SendAsync(turn, BotText.Get(language, "AaEdit_Problems", attendant.Name),
                check.Value.Problems.Select(p => targets.IsSuccess ? targets.Value.Describe(p) : p.Describe(language)), cancellationToken);
            return;
        }

        var slots = new Dictionary<string, string>(Slots(attendant, "edit"));
        foreach (var (name, value) in edit.ToSlots())
        {
            slots[name] = value;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var names = await NamesAsync(turn, cancellationToken);
        var plan = new PlanSummary(planId, BotText.Get(language, "AaEdit_PlanTitle", attendant.Name), ChangeFacts(attendant.Settings, edit, names, language))
        {
            Warnings = [.. notes],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    // One fact per setting that changes: "before → after".
    private static IReadOnlyList<Fact> ChangeFacts(AutoAttendantSettings before, AutoAttendantEdit edit, IReadOnlyDictionary<string, string> names, Language language)
    {
        var details = new AutoAttendantDetails(names, language);
        string T(string name) => BotText.Get(language, name);
        var facts = new List<Fact>();
        if (edit.Name is { } name)
        {
            facts.Add(new Fact(T("AaShow_Name"), $"{before.Name} → {name}"));
        }

        if (edit.TimeZoneId is { } zone)
        {
            facts.Add(new Fact(T("AaShow_TimeZone"), $"{DisplayNames.TimeZone(before.TimeZoneId, language)} → {DisplayNames.TimeZone(zone, language)}"));
        }

        if (edit.LanguageId is { } lang)
        {
            facts.Add(new Fact(T("AaShow_Language"), $"{VoiceLanguageNames.Display(before.LanguageId, language)} → {VoiceLanguageNames.Display(lang, language)}"));
        }

        if (edit.Hours is { } hours)
        {
            facts.Add(new Fact(T("AaShow_Hours"), $"{details.Hours(before.Hours)} → {details.Hours(hours)}"));
        }

        if (edit.Flows.Operator is { } @operator)
        {
            facts.Add(new Fact(T("AaShow_Operator"), before.Operator is { } old ? $"{details.Target(old)} → {details.Target(@operator)}" : details.Target(@operator)));
        }

        if (edit.Flows.DefaultFlow is { } business)
        {
            facts.AddRange(details.Flow(T("AaShow_DefaultFlow"), business));
        }

        if (edit.Flows.AfterHoursFlow is { } afterHours)
        {
            facts.AddRange(details.Flow(T("AaShow_AfterHoursFlow"), afterHours));
        }

        if (edit.Flows.Holidays is { } holidays)
        {
            facts.Add(new Fact(T("AaShow_Holidays"), string.Join("; ", holidays.Select(details.Holiday))));
        }

        return facts;
    }
}
