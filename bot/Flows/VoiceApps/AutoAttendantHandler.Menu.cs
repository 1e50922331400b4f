using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// The menu builder: "edit the menu of Main line" or the card's "Edit menu" button sends one row per key for each flow;
/// its submit is read again on the server (role, attendant, every target found anew by name) and planned like a sentence.
/// </summary>
public sealed partial class AutoAttendantHandler
{
    private async Task SendMenuFormAsync(FlowTurn turn, AutoAttendant attendant, CancellationToken cancellationToken)
    {
        var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, turn.Language, cancellationToken);
        if (!targets.IsSuccess)
        {
            await turn.SendTextAsync(targets.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var s = attendant.Settings;
        var values = new AutoAttendantMenuFormValues(
            attendant.Id,
            attendant.Name,
            FormFlow(s.DefaultFlow, targets.Value),
            s.Hours.IsAllWeek ? null : FormFlow(s.AfterHoursFlow ?? CallFlow.Disconnect(AutoAttendantValidator.DefaultAfterHoursFlowName), targets.Value));
        await turn.SendTextAsync(BotText.Get(turn.Language, "Aa2_MenuForm", attendant.Name), cancellationToken);
        await turn.SendCardAsync(AutoAttendantMenuForm.Build(values, turn.Language), cancellationToken);
    }

    private async Task<ActionResult> MenuFormClickedAsync(FlowTurn turn, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<AutoAttendantMenuFormPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        if (await OwnAttendantAsync(turn, payload.Value.AttendantId, cancellationToken) is not { } attendant)
        {
            return new ActionResult(BotText.Get(turn.Language, "Objects_Gone_AutoAttendant")) { Failed = true };
        }

        await SendMenuFormAsync(turn, attendant, cancellationToken);
        return new ActionResult(BotText.Get(turn.Language, "Form_Received")) { Quiet = true };
    }

    private async Task<ActionResult> MenuSubmittedAsync(FlowTurn turn, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var payload = CardPayloads.Read<AutoAttendantMenuPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        if (await OwnAttendantAsync(turn, payload.Value.AttendantId, cancellationToken) is not { } attendant)
        {
            return new ActionResult(BotText.Get(language, "Objects_Gone_AutoAttendant")) { Failed = true };
        }

        var targets = await CallFlowTargets.LoadAsync(queries, accounts, directory, turn.Actor, language, cancellationToken);
        if (!targets.IsSuccess)
        {
            return ActionRouter.Failed(turn, targets.Error);
        }

        var problems = new List<SentenceProblem>();
        var s = attendant.Settings;
        var business = FromForm(data, AutoAttendantMenuForm.BusinessFlow, s.DefaultFlow, targets.Value, attendant.Id, problems);
        var afterHours = s.Hours.IsAllWeek ? null
            : FromForm(data, AutoAttendantMenuForm.AfterHoursFlow, s.AfterHoursFlow ?? CallFlow.Disconnect(AutoAttendantValidator.DefaultAfterHoursFlowName), targets.Value, attendant.Id, problems);
        if (problems.Count > 0)
        {
            await SentenceProblems.SendAsync(turn, BotText.Get(language, "Aa2_ProblemsMenu", attendant.Name), problems, cancellationToken);
            return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
        }

        var edit = new AutoAttendantEdit(null, null, null, null) { Flows = new CallFlowPlan(business, afterHours, null, null) };
        await PlanChangeAsync(turn, attendant, edit, [], cancellationToken);
        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }

    // The clicker's own tenant is the only place the id is looked up.
    private async Task<AutoAttendant?> OwnAttendantAsync(FlowTurn turn, string id, CancellationToken cancellationToken)
    {
        var all = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        return all.IsSuccess ? all.Value.FirstOrDefault(a => a.Id == id) : null;
    }

    private static MenuFormFlow FormFlow(CallFlow flow, CallFlowTargets targets) => new(
        flow.Greeting?.TextToSpeech ?? string.Empty,
        flow.Menu.Options
            .Where(o => o.Dtmf is >= DtmfTone.Tone0 and <= DtmfTone.Tone9)
            .Select(o => targets.FormKey((int)o.Dtmf - (int)DtmfTone.Tone0, o))
            .ToArray());

    // The flow the form describes: its keys replace the menu's (a flow with no key keeps what it does at once).
    private static CallFlow FromForm(JsonElement data, string flow, CallFlow current, CallFlowTargets targets, string selfId, List<SentenceProblem> problems)
    {
        var options = new List<OptionAsk>();
        for (var key = 0; key <= 9; key++)
        {
            var action = CardInputs.Value(data, AutoAttendantMenuForm.ActionInput(flow, key)) ?? "none";
            var text = CardInputs.Value(data, AutoAttendantMenuForm.TargetInput(flow, key))?.Trim() ?? string.Empty;
            if (action == "none")
            {
                continue;
            }

            if (FormTarget(action, text) is not { } target)
            {
                problems.Add(AutoAttendantMenuForm.Actions.Contains(action)
                    ? new SentenceProblem("Aa2_FormTargetMissing", key, action)
                    : new SentenceProblem("Aa2_FormActionUnknown", key, action));
                continue;
            }

            options.Add(new OptionAsk((char)('0' + key), target));
        }

        var greetingText = CardInputs.Value(data, AutoAttendantMenuForm.GreetingInput(flow))?.Trim();
        var greeting = greetingText is { Length: > 0 } ? Prompt.Text(greetingText)
            : current.Greeting is { AudioFileId: not null } ? current.Greeting
            : null;
        return CallFlowChanges.Replace(current, greeting, options, targets, selfId, problems);
    }

    private static TargetAsk? FormTarget(string action, string text)
    {
        var folded = VoiceAppReplies.Fold(text);
        return action switch
        {
            "operator" => new TargetAsk(TargetKind.Operator, string.Empty),
            "disconnect" => new TargetAsk(TargetKind.Disconnect, string.Empty),
            _ when text.Length == 0 => null,
            "queue" => new TargetAsk(TargetKind.Named, folded, TargetHint.Queue),
            "attendant" => new TargetAsk(TargetKind.Named, folded, TargetHint.Attendant),
            "person" => new TargetAsk(TargetKind.Named, folded, TargetHint.Person),
            "voicemail" => new TargetAsk(TargetKind.Voicemail, text),
            "external" => new TargetAsk(TargetKind.External, new string(text.Where(c => char.IsDigit(c) || c == '+').ToArray())),
            "announcement" => new TargetAsk(TargetKind.Announcement, text),
            _ => null,
        };
    }
}
