using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Core.Setup;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// Step 7, "create a call queue Sales, round robin, agents Alex and Sam": resolves the agents, dry-runs
/// the settings (every problem at once), shows a plan card, creates the queue on confirm.
/// </summary>
public sealed class CreateCallQueueFlow(PeopleResolver people, VoiceAppQueries queries, CallQueueService callQueues, StepFormSender forms) : IIntentFlow, IPlannedFlow
{
    private const string UsersSlot = "userIds";
    private const string UserNamesSlot = "userNames";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.CreateCallQueue];

    /// <inheritdoc />
    public string Name => "voiceapps.callqueue";

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
            await turn.SendTextAsync(BotText.Get(language, "CallQueue_WhichName"), cancellationToken);
            await forms.SendAsync(turn, SetupStepKind.CallQueues, cancellationToken);
            return;
        }

        var problems = new List<Error>();
        var agents = new List<Person>();
        var mentions = (intent.Slots.GetValueOrDefault(SlotNames.People) ?? intent.Slots.GetValueOrDefault(SlotNames.Person) ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var mention in mentions)
        {
            var person = await people.ResolveAsync(turn.Actor, mention, cancellationToken);
            if (!person.IsSuccess)
            {
                problems.Add(person.Error);
            }
            else if (agents.All(a => a.AadObjectId != person.Value.AadObjectId))
            {
                agents.Add(person.Value);
            }
        }

        var routing = Enum.TryParse<RoutingMethod>(intent.Slots.GetValueOrDefault(SlotNames.RoutingMethod), out var parsed) ? parsed : RoutingMethod.Attendant;
        var settings = Settings(name, routing, agents.Select(a => a.AadObjectId));
        var checkedSettings = await queries.CheckCallQueueAsync(turn.Actor, settings, cancellationToken: cancellationToken);
        if (!checkedSettings.IsSuccess)
        {
            await turn.SendTextAsync(checkedSettings.Error.Describe(language), cancellationToken);
            return;
        }

        problems.AddRange(checkedSettings.Value.Problems);
        if (problems.Count > 0)
        {
            await VoiceAppReplies.SendProblemsAsync(turn, BotText.Get(language, "VoiceApps_ProblemsCallQueue", name), problems, cancellationToken);
            return;
        }

        var value = checkedSettings.Value.Value;
        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>
        {
            [SlotNames.Name] = value.Name,
            [SlotNames.RoutingMethod] = value.RoutingMethod.ToString(),
            [UsersSlot] = string.Join(',', agents.Select(a => a.AadObjectId)),
            [UserNamesSlot] = string.Join(", ", agents.Select(a => a.DisplayName)),
        });
        var agentNames = agents.Count == 0
            ? BotText.Get(language, "CallQueue_NoAgents")
            : string.Join(", ", agents.Select(a => $"{a.DisplayName} ({a.Upn})"));
        var plan = new PlanSummary(planId, BotText.Get(language, "CallQueue_PlanTitle", value.Name), [.. Facts(value, agentNames, language)])
        {
            Warnings = [.. checkedSettings.Value.Notes.Select(n => n.Describe(language)), BotText.Get(language, "CallQueue_DefaultsNote")],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var settings = Settings(
            slots[SlotNames.Name],
            Enum.Parse<RoutingMethod>(slots[SlotNames.RoutingMethod]),
            slots[UsersSlot].Split(',', StringSplitOptions.RemoveEmptyEntries));
        var saved = await callQueues.CreateAsync(new CreateCallQueue(turn.Actor, key, settings), cancellationToken);
        if (!saved.IsSuccess)
        {
            return ActionResult.Failure(saved.Error, language);
        }

        var queue = saved.Value.Queue;
        var names = slots[UserNamesSlot];
        var text = BotText.Get(language, "CallQueue_Created", queue.Name);
        var result = new ResultSummary(text,
            [.. Facts(queue.Settings, names.Length == 0 ? BotText.Get(language, "CallQueue_NoAgents") : names, language)],
            BotText.Get(language, "CallQueue_Next", queue.Name));
        return new ActionResult(text, ResultCard.Build(result, language));
    }

    private static CallQueueSettings Settings(string name, RoutingMethod routing, IEnumerable<string> userIds) =>
        new() { Name = name, RoutingMethod = routing, Users = [.. userIds] };

    private static IEnumerable<Fact> Facts(CallQueueSettings value, string agents, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        string N(int number) => number.ToString(CultureInfo.InvariantCulture);

        yield return new Fact(T("CallQueue_Name"), value.Name);
        yield return new Fact(T("CallQueue_Routing"), T($"Routing_{value.RoutingMethod}"));
        yield return new Fact(T("CallQueue_Agents"), agents);
        yield return new Fact(T("CallQueue_AlertTime"), T("CallQueue_Seconds", N(value.AgentAlertTime)));
        yield return new Fact(T("CallQueue_Overflow", N(value.OverflowThreshold)), T($"QueueAction_{value.Overflow.Kind}"));
        yield return new Fact(T("CallQueue_Timeout", N(value.TimeoutThreshold)), T($"QueueAction_{value.Timeout.Kind}"));
        yield return new Fact(T("CallQueue_NoAgent"), T($"QueueAction_{value.NoAgent.Kind}"));
    }
}
