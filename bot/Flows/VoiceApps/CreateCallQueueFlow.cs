using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.CallQueues;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Turns;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// Step 7, "create a call queue Sales, round robin, agents Alex and Sam, greeting « Bonjour », overflow after 10 calls to
/// voicemail of Megan, timeout 5 minutes then forward to +33 1 23 45 67 89": reads every setting the sentence names the
/// same way a change does (clause by clause, targets looked up), resolves the agents of the "agents …" clause only, dry-runs
/// the settings (every problem at once), shows a plan card, creates the queue on confirm.
/// </summary>
public sealed partial class CreateCallQueueFlow(
    PeopleResolver people, VoiceAppQueries queries, CallQueueService callQueues, StepFormSender forms,
    ResourceAccountService accounts, IDirectoryStore directory, IntentRecognizer recognizer) : IIntentFlow, IPlannedFlow
{
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

        if ((intent.Slots.GetValueOrDefault(SlotNames.Name) ?? NameAfterQueueWords(intent.Text)) is not { Length: > 0 } name)
        {
            await turn.SendTextAsync(BotText.Get(language, "CallQueue_WhichName"), cancellationToken);
            await forms.SendAsync(turn, SetupStepKind.CallQueues, cancellationToken);
            return;
        }

        var request = CallQueueSentence.Read(intent.Text ?? string.Empty, name);
        var problems = new List<string>();
        var agents = new List<Person>();
        foreach (var mention in Mentions(intent, request, language))
        {
            var person = await people.ResolveAsync(turn.Actor, mention, cancellationToken);
            if (!person.IsSuccess)
            {
                problems.Add(person.Error.Describe(language));
            }
            else if (agents.All(a => a.AadObjectId != person.Value.AadObjectId))
            {
                agents.Add(person.Value);
            }
        }

        var routing = Enum.TryParse<RoutingMethod>(intent.Slots.GetValueOrDefault(SlotNames.RoutingMethod), out var parsed) ? parsed : request.Routing;
        var edit = new CallQueueEdit
        {
            Routing = routing,
            AlertTime = request.AlertTime,
            Timeout = request.Timeout,
            Overflow = request.Overflow,
            Users = [.. agents.Select(a => a.AadObjectId)],
        };
        edit = request.Sources.ApplyTo(edit, new CallQueueSettings { Name = name }, TeamsChannelPlace.Of(turn.Context.Activity), turn.Actor.UserId, language, problems);
        edit = await Builder().AddAsync(turn.Actor, edit, request.Settings, language, problems, cancellationToken);
        var settings = edit.ApplyTo(new CallQueueSettings { Name = name });
        var limits = CallQueueEditBuilder.Limits(edit, settings, language);
        if (limits is not null)
        {
            problems.Add(limits);
        }

        if (edit.Timeout is { } asked && CallQueueValidator.RoundTimeout(asked) != asked)
        {
            edit = edit with { Timeout = CallQueueValidator.RoundTimeout(asked) };
        }

        // Every problem at once: the people and targets not found, the limits, and what core's rules refuse.
        // (A value out of its limits is said once, in the words above, not again by core.)
        var checkedSettings = await queries.CheckCallQueueAsync(turn.Actor, settings, cancellationToken: cancellationToken);
        if (!checkedSettings.IsSuccess)
        {
            await turn.SendTextAsync(checkedSettings.Error.Describe(language), cancellationToken);
            return;
        }

        if (limits is null)
        {
            problems.AddRange(checkedSettings.Value.Problems.Select(p => VoiceAppReplies.DescribeQueueProblem(p, language)));
        }

        if (problems.Count > 0)
        {
            var list = string.Concat(problems.Distinct().Select(p => "\n\n- " + p));
            await turn.SendTextAsync(BotText.Get(language, "VoiceApps_ProblemsCallQueue", name) + list, cancellationToken);
            return;
        }

        var value = checkedSettings.Value.Value;
        var slots = edit.ToSlots();
        slots[SlotNames.Name] = value.Name;
        slots[UserNamesSlot] = string.Join(", ", agents.Select(a => a.DisplayName));
        var (planId, key) = PendingPlans.Start(turn.State, Name, slots);
        var names = await Reader().NamesAsync(turn.Actor, language, cancellationToken);
        var plan = new PlanSummary(planId, BotText.Get(language, "CallQueue_PlanTitle", value.Name), [.. Facts(value, names, language)])
        {
            Warnings =
            [
                .. checkedSettings.Value.Notes.Select(n => n.Describe(language)),
                .. value.Channel is null ? [] : new[] { BotText.Get(language, "CqSource_OwnerNote", turn.Actor.DisplayName) },
                BotText.Get(language, "CallQueue_DefaultsNote"),
            ],
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ActionResult> ApplyAsync(FlowTurn turn, IReadOnlyDictionary<string, string> slots, IdempotencyKey key, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var settings = CallQueueEdit.FromSlots(slots).ApplyTo(new CallQueueSettings { Name = slots[SlotNames.Name] });
        var saved = await callQueues.CreateAsync(new CreateCallQueue(turn.Actor, key, settings), cancellationToken);
        if (!saved.IsSuccess)
        {
            return ActionResult.Failure(saved.Error, language);
        }

        var queue = saved.Value.Queue;
        var text = BotText.Get(language, "CallQueue_Created", queue.Name);
        var names = await Reader().NamesAsync(turn.Actor, language, cancellationToken);
        var result = new ResultSummary(text, [.. Facts(queue.Settings, names, language)], BotText.Get(language, "CallQueue_Next", queue.Name));
        return new ActionResult(text, ResultCard.Build(result, language));
    }

    private CallQueueReader Reader() => new(queries, accounts, directory);

    // "create a queue Support": the word right after the queue words, when the recogniser found no name.
    private static string? NameAfterQueueWords(string? text)
    {
        var match = text is null ? Match.Empty : QueueName().Match(text);
        return match.Success && !StopWords().IsMatch(match.Groups["name"].Value) ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"\b(?:call queue|queue|file d['’]attente|file d['’]appels|file)\s+(?:named\s+|called\s+|nomm[ée]e\s+|appel[ée]e\s+)?[«""“']?\s*(?<name>[^\s,;.!?«»""“”']+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex QueueName();

    [GeneratedRegex(@"^(?:with|avec|for|pour|and|et|agents?|greeting|overflow|timeout|named|called|de|du|des|la|le|the|a|an|une|un)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex StopWords();

    private CallQueueEditBuilder Builder() => new(new CallQueueTargets(people, queries, accounts));

    // The agents of the "agents …" clause; else, when the sentence names other settings, those read from what is left once
    // their clauses are taken out (so greeting words or targets are never read as people); else the recogniser's people.
    private IReadOnlyList<string> Mentions(Intent intent, CallQueueRequest request, Language language)
    {
        if (request.Agents.Count > 0)
        {
            return request.Agents;
        }

        var slots = intent.Slots;
        if (!request.Settings.IsEmpty || request.Sources.Any)
        {
            var remainder = CallQueueClauses.Parse(request.Sources.Blanked).Remainder();
            slots = recognizer.RecognizeAs(IntentKind.CreateCallQueue, remainder, language == Language.French ? "fr-FR" : "en-US").Slots;
        }

        return (slots.GetValueOrDefault(SlotNames.People) ?? slots.GetValueOrDefault(SlotNames.Person) ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    private static IEnumerable<Fact> Facts(CallQueueSettings value, IReadOnlyDictionary<string, string> names, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        string N(int number) => number.ToString(CultureInfo.InvariantCulture);

        yield return new Fact(T("CallQueue_Name"), value.Name);
        yield return new Fact(T("CallQueue_Routing"), T($"Routing_{value.RoutingMethod}"));
        yield return new Fact(T("CallQueue_Agents"), value.Users.Count > 0 ? string.Join(", ", value.Users.Select(u => names.GetValueOrDefault(u) ?? u))
            : value.DistributionLists.Count > 0 || value.Channel is not null ? T("CqObject_AgentsFromSources")
            : T("CallQueue_NoAgents"));
        if (value.DistributionLists.Count > 0)
        {
            yield return new Fact(T("CqObject_Groups"), CallQueueWords.Groups(value.DistributionLists, language));
        }

        if (value.Channel is not null)
        {
            yield return new Fact(T("CqObject_Channel"), CallQueueWords.Channel(value.Channel, names, language));
        }

        yield return new Fact(T("CallQueue_AlertTime"), T("CallQueue_Seconds", N(value.AgentAlertTime)));
        yield return new Fact(T("CqObject_Greeting"), CallQueueWords.Prompt(value.Greeting, language, names));
        yield return new Fact(T("CqObject_Music"), CallQueueWords.Music(value, language, names));
        yield return new Fact(T("CallQueue_Overflow", N(value.OverflowThreshold)), CallQueueWords.Action(value.Overflow, names, language));
        yield return new Fact(T("CallQueue_Timeout", N(value.TimeoutThreshold)), CallQueueWords.Action(value.Timeout, names, language));
        yield return new Fact(T("CallQueue_NoAgent"), T("CqObject_NoAgentValue", CallQueueWords.Action(value.NoAgent, names, language), T("CqObject_ApplyTo_" + value.NoAgentApplyTo)));
        if (value is not { PresenceBasedRouting: true, ConferenceMode: true, AllowOptOut: true })
        {
            yield return new Fact(T("CqObject_Presence"), CallQueueWords.OnOff(value.PresenceBasedRouting, language));
            yield return new Fact(T("CqObject_Conference"), CallQueueWords.OnOff(value.ConferenceMode, language));
            yield return new Fact(T("CqObject_OptOut"), CallQueueWords.OnOff(value.AllowOptOut, language));
        }

        if (value.LanguageId is { } languageId)
        {
            yield return new Fact(T("CqObject_Language"), languageId);
        }
    }
}
