using System.Globalization;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.VoiceApps;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// Call queues as objects: list (the queue list with a Show button each), show (every setting, Edit / Remove for admins),
/// change (from the sentence, else the edit form prefilled with today's values; both end at a plan card) and remove
/// (a plan card; refused while resource accounts are linked or an auto attendant transfers to it, as core's rule says).
/// Confirm applies through core's update/delete commands with the plan's idempotency key; an update applies only if the
/// queue is as it was read.
/// </summary>
public sealed class CallQueueHandler(
    VoiceAppQueries queries, CallQueueService callQueues, ResourceAccountService accounts, IDirectoryStore directory, PeopleResolver people, CallQueueListFlow list)
    : IObjectHandler, IPlannedFlow, IActionFlow
{
    private readonly CallQueueReader _reader = new(queries, accounts, directory);

    private CallQueueEditBuilder Builder => new(new CallQueueTargets(people, queries, accounts));

    private CallQueuePlanner Planner => new(queries, people, _reader, Builder);

    /// <inheritdoc />
    public ObjectKind Kind => ObjectKind.CallQueue;

    /// <inheritdoc />
    public string Name => "objects.callqueue";

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [EditCallQueuePayload.Verb];

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await queries.ListCallQueuesAsync(actor, cancellationToken);
        return !all.IsSuccess ? all.Error : all.Value.Select(q => new NamedObject(q.Id, q.Name)).ToArray();
    }

    /// <inheritdoc />
    public Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) => list.RunAsync(turn, intent, cancellationToken);

    /// <inheritdoc />
    public async Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (await QueueAsync(turn, target, cancellationToken) is not { } queue)
        {
            return;
        }

        var linked = await _reader.LinkedAsync(turn.Actor, queue.Id, cancellationToken);
        var names = await _reader.NamesAsync(turn.Actor, language, cancellationToken);
        CardAction[] buttons = turn.Actor.IsAdmin
            ?
            [
                ObjectButtons.Create(BotText.Get(language, "CqObject_Edit"), IntentKind.ChangeObject, Kind, queue.Id),
                ObjectButtons.Create(BotText.Get(language, "CqObject_Remove"), IntentKind.RemoveObject, Kind, queue.Id),
                ObjectButtons.Export(language, Kind, queue.Id),
            ]
            : [];
        var notes = linked.Any(a => a.Number is not null) ? [] : new List<string> { BotText.Get(language, "CqObject_Unreachable", queue.Name) };
        var detail = new DetailSummary(BotText.Get(language, "CqObject_Title", queue.Name), CallQueueDetails.Facts(queue, linked, names, language), buttons)
        {
            Notes = notes,
        };
        await turn.SendCardAsync(DetailCard.Build(detail, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        target = await ChangedQueueAsync(turn.Actor, target, intent.Text, cancellationToken);
        if (await QueueAsync(turn, target, cancellationToken) is not { } queue)
        {
            return;
        }

        var request = CallQueueSentence.Read(intent.Text, queue.Name);
        if (request.IsEmpty)
        {
            var words = await _reader.TargetWordsAsync(turn.Actor, turn.Language, cancellationToken);
            var form = CallQueueEditForm.Build(queue, await _reader.PeopleAsync(turn.Actor, cancellationToken), turn.Language, words);
            await turn.SendCardAsync(form, cancellationToken);
            return;
        }

        var planner = Planner;
        if (await planner.FromSentenceAsync(turn, queue, request, cancellationToken) is { } edit)
        {
            await planner.PlanAsync(turn, queue, edit, Name, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (CallQueueSentence.RemovesAgents(intent.Text, target.Name))
        {
            // "remove Alex from the Sales queue" takes a person out of the queue; the queue stays.
            await ChangeAsync(turn, target, intent, cancellationToken);
            return;
        }

        if (await QueueAsync(turn, target, cancellationToken) is not { } queue)
        {
            return;
        }

        var linked = await _reader.LinkedAsync(turn.Actor, queue.Id, cancellationToken);
        if (linked.Count > 0)
        {
            var refusal = new Error("callqueue.has_resource_accounts", queue.Name, string.Join(", ", linked.Select(a => a.Upn)));
            await turn.SendTextAsync(refusal.Describe(language) + " " + BotText.Get(language, "CqObject_UnlinkHint"), cancellationToken);
            return;
        }

        var usedBy = await _reader.UsedByAsync(turn.Actor, queue.Id, cancellationToken);
        if (usedBy.Count > 0)
        {
            await turn.SendTextAsync(new Error("callqueue.in_use", queue.Name, string.Join(", ", usedBy)).Describe(language), cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [CallQueuePlanner.OperationSlot] = CallQueuePlanner.RemoveOperation,
            [CallQueuePlanner.QueueIdSlot] = queue.Id,
            [CallQueuePlanner.QueueNameSlot] = queue.Name,
        });
        var names = await _reader.NamesAsync(turn.Actor, language, cancellationToken);
        var plan = new PlanSummary(planId, BotText.Get(language, "CqObject_RemoveTitle", queue.Name),
        [
            new Fact(BotText.Get(language, "CqObject_Removed"), queue.Name),
            new Fact(BotText.Get(language, "CqObject_Agents"), CallQueueWords.People(queue.Settings.Users, names, language)),
            new Fact(BotText.Get(language, "CqObject_Accounts"), BotText.Get(language, "CqObject_NoAccount")),
        ])
        {
            Warnings = [BotText.Get(language, "CqObject_RemoveWarning")],
            ConfirmLabel = BotText.Get(language, "CqObject_Remove"),
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var id = slots[CallQueuePlanner.QueueIdSlot];
        var name = slots[CallQueuePlanner.QueueNameSlot];
        if (slots[CallQueuePlanner.OperationSlot] == CallQueuePlanner.RemoveOperation)
        {
            var deleted = await callQueues.DeleteAsync(new DeleteCallQueue(turn.Actor, key, id), cancellationToken);
            return deleted.IsSuccess
                ? new ActionResult(BotText.Get(language, "CqObject_RemovedDone", deleted.Value.Name))
                : Refused(deleted.Error, name, language);
        }

        var current = await _reader.QueueAsync(turn.Actor, id, cancellationToken);
        if (!current.IsSuccess)
        {
            return Refused(current.Error, name, language);
        }

        var seen = new DateTimeOffset(long.Parse(slots[CallQueuePlanner.SeenSlot], CultureInfo.InvariantCulture), TimeSpan.Zero);
        var edit = CallQueueEdit.FromSlots(slots);
        var saved = await callQueues.UpdateAsync(new UpdateCallQueue(turn.Actor, key, id, edit.ApplyTo(current.Value.Settings), seen), cancellationToken);
        if (!saved.IsSuccess)
        {
            return Refused(saved.Error, name, language);
        }

        var text = BotText.Get(language, "CqObject_Changed", saved.Value.Queue.Name);
        var names = await _reader.NamesAsync(turn.Actor, language, cancellationToken);
        var facts = CallQueuePlanner.Changes(current.Value.Settings, edit, names, language);
        return new ActionResult(text, ResultCard.Build(new ResultSummary(text, facts), language));
    }

    /// <summary>The edit form's submit: what differs from the queue becomes a plan, exactly like a sentence.</summary>
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            return ActionRouter.Failed(turn, CommandRunner.RoleError(Role.Admin));
        }

        var payload = CardPayloads.Read<EditCallQueuePayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        var queue = await _reader.QueueAsync(turn.Actor, payload.Value.QueueId, cancellationToken);
        if (!queue.IsSuccess)
        {
            return new ActionResult(BotText.Get(language, "Objects_Gone_CallQueue")) { Failed = true };
        }

        if (queue.Value.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) != payload.Value.Seen)
        {
            var changed = new Error("callqueue.changed_meanwhile", queue.Value.Name, queue.Value.UpdatedAt.ToUniversalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture));
            return ActionResult.Failure(changed, language);
        }

        var inputs = CallQueueEditInputs.Read(data);
        if (!inputs.IsSuccess)
        {
            return ActionRouter.Failed(turn, inputs.Error);
        }

        // The actions' targets are typed in words, as in a sentence, and looked up the same way.
        var problems = new List<string>();
        var edit = await Builder.AddAsync(turn.Actor, inputs.Value.Edit, KeepPrompts(inputs.Value.Settings, queue.Value.Settings), language, problems, cancellationToken);
        if (problems.Count > 0)
        {
            return new ActionResult(string.Join(" ", problems) + " " + BotText.Get(language, "CqObject_NothingPlanned")) { Failed = true };
        }

        await Planner.PlanAsync(turn, queue.Value, edit, Name, cancellationToken);
        return new ActionResult(BotText.Get(language, "Form_Received")) { Quiet = true };
    }

    // "overflow of the Sales queue to the Support queue" names two queues; the one an action sends calls to is the target,
    // not the queue to change, even when its name is the longer mention.
    private async Task<NamedObject> ChangedQueueAsync(Actor actor, NamedObject found, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || await FindAllAsync(actor, cancellationToken) is not { IsSuccess: true } all)
        {
            return found;
        }

        var named = ObjectMentions.FindAll(text, all.Value);
        if (named.Count < 2)
        {
            return found;
        }

        var settings = CallQueueSentence.Read(text, string.Empty).Settings;
        var targets = new[] { settings.OverflowAction, settings.TimeoutAction, settings.NoAgentAction }
            .Where(a => a?.TargetType == QueueTargetType.CallQueue)
            .Select(a => VoiceAppReplies.Fold(a!.Mention!))
            .ToHashSet();
        var changed = named.Where(o => !targets.Contains(VoiceAppReplies.Fold(o.Name))).ToArray();
        return changed.Length == 1 ? changed[0] : found;
    }

    // The form has no box for a shared voicemail's prompt: a shared voicemail kept or chosen keeps the slot's prompt.
    private static QueueSettingsRequest KeepPrompts(QueueSettingsRequest request, CallQueueSettings settings)
    {
        static QueueActionRequest? Keep(QueueActionRequest? action, Core.VoiceApps.Prompt? prompt) =>
            action is { Verb: QueueVerb.SharedVoicemail, Prompt: null } && prompt?.TextToSpeech is { } text ? action with { Prompt = text } : action;
        return request with
        {
            OverflowAction = Keep(request.OverflowAction, settings.Overflow.Prompt),
            TimeoutAction = Keep(request.TimeoutAction, settings.Timeout.Prompt),
            NoAgentAction = Keep(request.NoAgentAction, settings.NoAgent.Prompt),
        };
    }

    // The queue the target names, read now; "no longer exists" when it went since it was found.
    private async Task<CallQueue?> QueueAsync(FlowTurn turn, NamedObject target, CancellationToken cancellationToken)
    {
        var queue = await _reader.QueueAsync(turn.Actor, target.Id, cancellationToken);
        if (queue.IsSuccess)
        {
            return queue.Value;
        }

        await turn.SendTextAsync(
            queue.Error.Code == "callqueue.not_found" ? BotText.Get(turn.Language, "Objects_Gone_CallQueue") : queue.Error.Describe(turn.Language),
            cancellationToken);
        return null;
    }

    // A queue removed since the plan is said by its name, not its id.
    private static ActionResult Refused(Error error, string name, Language language) =>
        error.Code == "callqueue.not_found"
            ? new ActionResult(BotText.Get(language, "CqObject_GoneSincePlan", name)) { Failed = true }
            : ActionResult.Failure(error, language);
}
