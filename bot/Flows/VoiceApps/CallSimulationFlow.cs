using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.CallPaths;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// "What happens when someone calls +33 1 80 00 00 00 on Sunday at 8 pm?", « que se passe-t-il si on appelle le standard
/// le 25 décembre ? », then "press 1": walks the call through the configuration as it is and answers with a card — each
/// step, how the call ends, the dead ends, a picture of the whole flow, and a button per key of a waiting menu. The call
/// named last is kept, so "press 2" goes on from where it waited. Helpdesk and admins; it changes nothing.
/// </summary>
public sealed class CallSimulationFlow(CallSimulator simulator, VoiceAppQueries queries, TimeProvider clock) : IIntentFlow, IActionFlow
{
    private const string EntrySlot = "callpath.entry";
    private const string WhenSlot = "callpath.when";
    private const string KeysSlot = "callpath.keys";
    private const string WaitingSlot = "callpath.waiting";

    // The words that name "the" auto attendant of a tenant that has one: the main line, the switchboard.
    private static readonly string[] AttendantWords =
        ["standard", "auto attendant", "attendant", "main line", "main number", "switchboard", "reception", "accueil", "numero principal", "ligne principale"];

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.SimulateCall];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [SimulateCallPayload.Verb];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        if (turn.Actor.Role < Role.Helpdesk)
        {
            await turn.SendTextAsync(new Error("auth.helpdesk_required").Describe(turn.Language), cancellationToken);
            return;
        }

        var keys = Split(intent.Slots.GetValueOrDefault(CallSimulationSlots.Keys));
        var when = intent.Slots.GetValueOrDefault(CallSimulationSlots.When);
        var number = intent.Slots.GetValueOrDefault(SlotNames.PhoneNumber);
        var apps = number is null ? await AppsAsync(turn, cancellationToken) : null;
        var entry = number ?? AppNamed(apps!, intent.Text ?? string.Empty);
        if (entry is null && turn.State.Slots.GetValueOrDefault(EntrySlot) is { } previous)
        {
            // "press 2" goes on with the call asked about last: its time, and the keys that led to the waiting menu.
            entry = previous;
            when ??= turn.State.Slots.GetValueOrDefault(WhenSlot);
            // "and on Sunday?" asks the same call, the same keys pressed, at another moment.
            if (turn.State.Slots.ContainsKey(WaitingSlot) || (keys.Count == 0 && intent.Slots.ContainsKey(CallSimulationSlots.When)))
            {
                keys = [.. Split(turn.State.Slots.GetValueOrDefault(KeysSlot)), .. keys];
            }
        }

        if (entry is null)
        {
            await AskWhichAsync(turn, apps!, cancellationToken);
            return;
        }

        var card = await SimulateAsync(turn, entry, when, keys, cancellationToken);
        if (card is not null)
        {
            await turn.SendCardAsync(card, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<SimulateCallPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        if (turn.Actor.Role < Role.Helpdesk)
        {
            return ActionRouter.Failed(turn, new Error("auth.helpdesk_required"));
        }

        var card = await SimulateAsync(turn, payload.Value.Entry, payload.Value.When, Split(payload.Value.Keys), cancellationToken);
        if (card is not null)
        {
            await turn.SendCardAsync(card, cancellationToken);
        }

        return new ActionResult(string.Empty) { Quiet = true };
    }

    // Walks the call and words the card; an unknown entry is said and nothing is kept.
    private async Task<AdaptiveCard?> SimulateAsync(FlowTurn turn, string entry, string? when, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var local = DateTime.TryParseExact(when, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : (DateTime?)null;
        var time = new CallTime(local is null ? clock.GetUtcNow() : null, local);
        var call = await simulator.SimulateAsync(turn.Actor, entry, time, keys, cancellationToken);
        if (!call.IsSuccess)
        {
            await turn.SendTextAsync(call.Error.Describe(language), cancellationToken);
            return null;
        }

        turn.State.Slots[EntrySlot] = entry;
        turn.State.Slots[KeysSlot] = string.Join(',', keys);
        if (when is null)
        {
            turn.State.Slots.Remove(WhenSlot);
        }
        else
        {
            turn.State.Slots[WhenSlot] = when;
        }

        if (call.Value.Outcome == CallOutcome.WaitsForKey)
        {
            turn.State.Slots[WaitingSlot] = "1";
        }
        else
        {
            turn.State.Slots.Remove(WaitingSlot);
        }

        return CallPathCard.Build(Summary(call.Value, entry, when, keys, turn.Actor, language), language);
    }

    private static CallPathSummary Summary(SimulatedCall call, string entry, string? when, IReadOnlyList<string> keys, Actor actor, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var map = call.Map;
        var entryNode = map.Node(map.EntryId);
        var title = entryNode.Kind == CallNodeKind.Number ? T("CallPath_Title", entryNode.Name) : T("CallPath_TitleApp", entryNode.Name);
        var culture = VoiceAppReplies.Culture(language);
        var moment = DateTime.TryParseExact(when, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? T("CallPath_At", culture.TextInfo.ToUpper(local.ToString("dddd d MMMM yyyy, HH:mm", culture)[0]) + local.ToString("dddd d MMMM yyyy, HH:mm", culture)[1..])
            : T("CallPath_Now");
        var steps = call.Steps.Select(s => CallPathText.Step(s, map, language)).ToArray();
        var tone = call.Outcome switch
        {
            CallOutcome.ReachesSomeone or CallOutcome.ReachesVoicemail or CallOutcome.ReachesOutsideNumber => TextColor.Good,
            CallOutcome.WaitsForKey or CallOutcome.HangsUp => TextColor.Warning,
            _ => TextColor.Attention,
        };
        var onPath = call.PathNodes;
        var elsewhere = map.DeadEnds.Where(n => !onPath.Contains(n.Id) && n.Kind != CallNodeKind.HangUp)
            .SelectMany(n => n.Problems).Select(p => p.Describe(language)).Distinct().ToArray();
        var buttons = new List<CardAction>();
        foreach (var choice in call.Choices)
        {
            var pressed = string.Join(',', keys.Take(keys.Count - (call.IgnoredKey is null ? 0 : 1)).Append(choice.Detail));
            buttons.Add(new CardAction(T("CallPath_Press", choice.Detail ?? string.Empty, CallPathText.Destination(choice, map, language)), SimulateCallPayload.Verb,
                CardPayloads.Write(new SimulateCallPayload(entry, when, pressed))));
        }

        CardAction[] actions = call.Steps[^1].Node is { IsDeadEnd: true } broken && FixButton(broken, actor, language) is { } fix ? [fix] : [];
        var outcome = CallPathText.Outcome(call, language) + (CallPathText.IfUnanswered(call, language) is { } otherwise ? " " + otherwise : string.Empty);
        return new CallPathSummary(title, moment, steps, outcome, tone, elsewhere, CallPathPicture.Of(call, language), buttons, actions);
    }

    // Where the dead end can be fixed: the resource account, queue or attendant it is on (admins change, others look).
    private static CardAction? FixButton(CallNode node, Actor actor, Language language)
    {
        var (kind, id) = node.Id.Split(':', 2) switch
        {
            ["ra", var account] => (ObjectKind.ResourceAccount, account),
            ["agents", var queue] => (ObjectKind.CallQueue, queue),
            ["operator", var attendant] => (ObjectKind.AutoAttendant, attendant),
            _ => (default(ObjectKind?), string.Empty),
        };
        return kind is { } k
            ? ObjectButtons.Create(BotText.Get(language, "CallPath_Open", node.Name.Length > 0 ? node.Name : id), actor.IsAdmin ? IntentKind.ChangeObject : IntentKind.ShowObject, k, id)
            : null;
    }

    // The tenant's voice apps, attendants first, and the attendant when there is only one ("the main line").
    private async Task<AppList> AppsAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var attendants = await queries.ListAutoAttendantsAsync(turn.Actor, cancellationToken);
        var queues = await queries.ListCallQueuesAsync(turn.Actor, cancellationToken);
        var all = (attendants.IsSuccess ? attendants.Value.Select(a => (a.Id, a.Name)) : [])
            .Concat(queues.IsSuccess ? queues.Value.Select(q => (q.Id, q.Name)) : [])
            .ToArray();
        return new AppList(all, attendants.IsSuccess && attendants.Value.Count == 1 ? attendants.Value[0].Id : null);
    }

    // The voice app the sentence names (the longest name wins); "the main line" when there is one attendant.
    private static string? AppNamed(AppList apps, string text) =>
        apps.All.Where(a => VoiceAppReplies.Mentions(text, a.Name)).OrderByDescending(a => a.Name.Length).Select(a => a.Id).FirstOrDefault()
        ?? (apps.OnlyAttendant is { } only && AttendantWords.Any(w => VoiceAppReplies.Mentions(text, w)) ? only : null);

    private static async Task AskWhichAsync(FlowTurn turn, AppList apps, CancellationToken cancellationToken)
    {
        if (apps.All.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(turn.Language, "CallPath_NothingToCall"), cancellationToken);
            return;
        }

        var buttons = apps.All.Take(6).Select(a => new CardAction(BotText.Get(turn.Language, "CallPath_CallApp", a.Name), SimulateCallPayload.Verb,
            CardPayloads.Write(new SimulateCallPayload(a.Id, null, string.Empty)))).ToArray();
        await turn.SendCardAsync(new AdaptiveCard([new TextBlock(BotText.Get(turn.Language, "CallPath_Which"))], buttons), cancellationToken);
    }

    private static IReadOnlyList<string> Split(string? keys) =>
        keys is null ? [] : keys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed record AppList(IReadOnlyList<(string Id, string Name)> All, string? OnlyAttendant);
}
