using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// "add Alex to the Sales queue", "ajoute Chloé et Inès à la file Support": finds the queue by name (else lists the
/// queues there are), resolves the people, says who already is an agent, dry-runs the queue with the newcomers, shows
/// the plan and adds them on confirm: one person through the core's add-agent command (which re-reads the queue), several
/// in one update that applies only if nobody changed the queue since it was read.
/// </summary>
public sealed class AddQueueAgentsFlow(PeopleResolver people, VoiceAppQueries queries, CallQueueService callQueues, IDirectoryStore directory) : IIntentFlow, IPlannedFlow
{
    private const string QueueIdSlot = "queueId";
    private const string UsersSlot = "userIds";
    private const string UserNamesSlot = "userNames";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.AddQueueAgents];

    /// <inheritdoc />
    public string Name => "voiceapps.callqueue.agents";

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!await VoiceAppReplies.AdminAsync(turn, cancellationToken))
        {
            return;
        }

        var all = await queries.ListCallQueuesAsync(turn.Actor, cancellationToken);
        if (!all.IsSuccess)
        {
            await turn.SendTextAsync(all.Error.Describe(language), cancellationToken);
            return;
        }

        var name = intent.Slots.GetValueOrDefault(SlotNames.Name) ?? string.Empty;
        var queue = all.Value.FirstOrDefault(q => VoiceAppReplies.Fold(q.Name) == VoiceAppReplies.Fold(name));
        if (queue is null)
        {
            var known = all.Value.Count == 0 ? BotText.Get(language, "QueueAgents_NoQueues") : string.Join(", ", all.Value.Select(q => BotText.Get(language, "QueueAgents_QueueName", q.Name)));
            await turn.SendTextAsync(name.Length == 0
                ? BotText.Get(language, "QueueAgents_WhichQueue", known)
                : BotText.Get(language, "QueueAgents_UnknownQueue", name, known), cancellationToken);
            return;
        }

        var mentions = (intent.Slots.GetValueOrDefault(SlotNames.People) ?? intent.Slots.GetValueOrDefault(SlotNames.Person) ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (mentions.Length == 0)
        {
            await turn.SendTextAsync(BotText.Get(language, "QueueAgents_Who", queue.Name), cancellationToken);
            return;
        }

        var problems = new List<Error>();
        var found = new List<Person>();
        foreach (var mention in mentions)
        {
            var person = await people.ResolveAsync(turn.Actor, mention, cancellationToken);
            if (!person.IsSuccess)
            {
                problems.Add(person.Error);
            }
            else if (found.All(p => p.AadObjectId != person.Value.AadObjectId))
            {
                found.Add(person.Value);
            }
        }

        if (problems.Count > 0)
        {
            await VoiceAppReplies.SendProblemsAsync(turn, BotText.Get(language, "QueueAgents_Problems", queue.Name), problems, cancellationToken);
            return;
        }

        var already = found.Where(p => queue.Settings.Users.Contains(p.AadObjectId, StringComparer.OrdinalIgnoreCase)).ToArray();
        var added = found.Except(already).ToArray();
        var alreadyText = already.Length == 0 ? null : BotText.Get(language, "QueueAgents_Already", string.Join(", ", already.Select(p => p.DisplayName)), queue.Name);
        if (added.Length == 0)
        {
            await turn.SendTextAsync(alreadyText!, cancellationToken);
            return;
        }

        var settings = queue.Settings with { Users = [.. queue.Settings.Users, .. added.Select(p => p.AadObjectId)] };
        var checkedSettings = await queries.CheckCallQueueAsync(turn.Actor, settings, queue.Id, cancellationToken);
        if (!checkedSettings.IsSuccess || checkedSettings.Value.Problems.Count > 0)
        {
            var issues = checkedSettings.IsSuccess ? checkedSettings.Value.Problems : [checkedSettings.Error];
            await VoiceAppReplies.SendProblemsAsync(turn, BotText.Get(language, "QueueAgents_Problems", queue.Name), issues, cancellationToken);
            return;
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [QueueIdSlot] = queue.Id,
            [SlotNames.Name] = queue.Name,
            [UsersSlot] = string.Join(',', added.Select(p => p.AadObjectId)),
            [UserNamesSlot] = string.Join(", ", added.Select(p => p.DisplayName)),
        });
        var names = await NamesAsync(turn.Actor, settings.Users, cancellationToken);
        var plan = new PlanSummary(planId, BotText.Get(language, "QueueAgents_PlanTitle", queue.Name),
        [
            new Fact(BotText.Get(language, "QueueAgents_Add"), string.Join(", ", added.Select(p => $"{p.DisplayName} ({p.Upn})"))),
            new Fact(BotText.Get(language, "QueueAgents_AgentsAfter"), string.Join(", ", names)),
        ])
        {
            Warnings = alreadyText is null ? [] : [alreadyText],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var id = slots[QueueIdSlot];
        var users = slots[UsersSlot].Split(',', StringSplitOptions.RemoveEmptyEntries);
        Result<CallQueueSaved> saved;
        if (users.Length == 1)
        {
            saved = await callQueues.AddAgentAsync(new AddCallQueueAgent(turn.Actor, key, id, UserId.Parse(users[0])), cancellationToken);
        }
        else
        {
            var current = await queries.GetCallQueueAsync(turn.Actor, id, cancellationToken);
            if (!current.IsSuccess)
            {
                return ActionResult.Failure(current.Error, language);
            }

            var queue = current.Value;
            var settings = queue.Settings with { Users = [.. queue.Settings.Users.Union(users, StringComparer.OrdinalIgnoreCase)] };
            saved = await callQueues.UpdateAsync(new UpdateCallQueue(turn.Actor, key, id, settings, queue.UpdatedAt), cancellationToken);
        }

        if (!saved.IsSuccess)
        {
            return ActionResult.Failure(saved.Error, language);
        }

        var text = BotText.Get(language, "QueueAgents_Added", slots[UserNamesSlot], saved.Value.Queue.Name);
        var agents = await NamesAsync(turn.Actor, saved.Value.Queue.Settings.Users, cancellationToken);
        var result = new ResultSummary(text, [new Fact(BotText.Get(language, "QueueAgents_AgentsAfter"), string.Join(", ", agents))]);
        return new ActionResult(text, ResultCard.Build(result, language));
    }

    private async Task<IReadOnlyList<string>> NamesAsync(Actor actor, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var people = (await directory.ListAsync(actor.Tenant, cancellationToken)).ToDictionary(p => p.AadObjectId, p => p.DisplayName, StringComparer.OrdinalIgnoreCase);
        return userIds.Select(u => people.GetValueOrDefault(u) ?? u).ToArray();
    }
}
