using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.VoiceApps;
using ChatPhone.Bot.Turns;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// Turns an edit of a call queue (from a sentence or the edit form) into a plan card showing old → new for each setting:
/// values outside the Teams limits are refused with the limit, the timeout is rounded to 15 s (said on the card), the new
/// settings are dry-run through core's validator, and the plan keeps the queue's id and the time it was read so that
/// Confirm refuses when the queue changed or disappeared meanwhile.
/// </summary>
internal sealed class CallQueuePlanner(VoiceAppQueries queries, PeopleResolver people, CallQueueReader reader, CallQueueEditBuilder builder)
{
    public const string QueueIdSlot = "cq.id";
    public const string QueueNameSlot = "cq.queue";
    public const string SeenSlot = "cq.seen";
    public const string OperationSlot = "cq.op";
    public const string ChangeOperation = "change";
    public const string RemoveOperation = "remove";

    /// <summary>The edit a sentence asks for, or null after saying why it cannot be planned.</summary>
    public async Task<CallQueueEdit?> FromSentenceAsync(FlowTurn turn, CallQueue queue, CallQueueRequest request, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        IReadOnlyList<string>? users = null;
        var problems = new List<string>();
        if (request.RemovedAgents.Count > 0)
        {
            var removed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var mention in request.RemovedAgents)
            {
                var person = await people.ResolveAsync(turn.Actor, mention, cancellationToken);
                if (!person.IsSuccess)
                {
                    problems.Add(person.Error.Describe(language));
                }
                else if (!queue.Settings.Users.Contains(person.Value.AadObjectId, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add(BotText.Get(language, "CqObject_NotAnAgent", person.Value.DisplayName, queue.Name));
                }
                else
                {
                    removed.Add(person.Value.AadObjectId);
                }
            }

            users = queue.Settings.Users.Where(u => !removed.Contains(u)).ToArray();
        }

        var edit = new CallQueueEdit
        {
            Name = request.Name,
            Routing = request.Routing,
            AlertTime = request.AlertTime,
            Timeout = request.Timeout,
            Overflow = request.Overflow,
            Users = users,
        };
        edit = request.Sources.ApplyTo(edit, queue.Settings, TeamsChannelPlace.Of(turn.Context.Activity), turn.Actor.UserId, language, problems);
        edit = await builder.AddAsync(turn.Actor, edit, request.Settings, language, problems, cancellationToken);
        if (problems.Count > 0)
        {
            await turn.SendTextAsync(string.Join(" ", problems) + " " + BotText.Get(language, "CqObject_NothingPlanned"), cancellationToken);
            return null;
        }

        return edit;
    }

    /// <summary>Plans <paramref name="edit"/> on <paramref name="queue"/> (as read at <see cref="CallQueue.UpdatedAt"/>), or says why not.</summary>
    public async Task PlanAsync(FlowTurn turn, CallQueue queue, CallQueueEdit edit, string planName, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (CallQueueEditBuilder.Limits(edit, edit.ApplyTo(queue.Settings), language) is { } refusal)
        {
            await turn.SendTextAsync(refusal, cancellationToken);
            return;
        }

        var warnings = new List<string>();
        if (edit.Timeout is { } asked && CallQueueValidator.RoundTimeout(asked) != asked)
        {
            warnings.Add(new Error("callqueue.timeout_rounded", asked, CallQueueValidator.RoundTimeout(asked)).Describe(language));
            edit = edit with { Timeout = CallQueueValidator.RoundTimeout(asked) };
        }

        edit = edit with { Name = edit.Name?.Trim() is { Length: > 0 } name ? name : null };
        edit = edit.Against(queue.Settings);
        if (edit.IsEmpty)
        {
            await turn.SendTextAsync(BotText.Get(language, "CqObject_AlreadySo", queue.Name), cancellationToken);
            return;
        }

        var settings = edit.ApplyTo(queue.Settings);
        var check = await queries.CheckCallQueueAsync(turn.Actor, settings, queue.Id, cancellationToken);
        if (!check.IsSuccess || check.Value.Problems.Count > 0)
        {
            var problems = check.IsSuccess ? check.Value.Problems : [check.Error];
            await VoiceAppReplies.SendProblemsAsync(turn, BotText.Get(language, "CqObject_Problems", queue.Name), problems, cancellationToken);
            return;
        }

        warnings.AddRange(check.Value.Notes.Select(n => n.Describe(language)));
        if (edit.Channel is { } channel && channel != CallQueueEdit.NoChannel)
        {
            warnings.Add(BotText.Get(language, "CqSource_OwnerNote", turn.Actor.DisplayName));
        }

        var slots = edit.ToSlots();
        slots[OperationSlot] = ChangeOperation;
        slots[QueueIdSlot] = queue.Id;
        slots[QueueNameSlot] = queue.Name;
        // UTC ticks, not a date string: the state's JSON reader would turn a date-shaped string into a date and back.
        slots[SeenSlot] = queue.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
        var (planId, key) = PendingPlans.Start(turn.State, planName, slots);
        var names = await reader.NamesAsync(turn.Actor, language, cancellationToken);
        var plan = new PlanSummary(planId, BotText.Get(language, "CqObject_ChangeTitle", queue.Name), Changes(queue.Settings, edit, names, language))
        {
            Warnings = warnings,
        };
        await turn.SendCardAsync(PlanCard.Build(plan, key, language), cancellationToken);
    }

    /// <summary>Each changed setting as "old → new".</summary>
    public static IReadOnlyList<Fact> Changes(CallQueueSettings before, CallQueueEdit edit, IReadOnlyDictionary<string, string> names, Language language)
    {
        string T(string name) => BotText.Get(language, name);
        var facts = new List<Fact>();
        void Add(string label, string old, string now) => facts.Add(new Fact(T(label), $"{old} → {now}"));
        string Language(string? id) => id is null ? T("CqObject_NotSet") : VoiceApps.VoiceLanguageNames.Display(id, language);
        if (edit.Name is { } name)
        {
            Add("CqObject_Name", before.Name, name);
        }

        if (edit.Routing is { } routing)
        {
            Add("CqObject_Routing", CallQueueWords.Routing(before.RoutingMethod, language), CallQueueWords.Routing(routing, language));
        }

        if (edit.AlertTime is { } alert)
        {
            Add("CqObject_AlertTime", CallQueueWords.Seconds(before.AgentAlertTime, language), CallQueueWords.Seconds(alert, language));
        }

        if (edit.Timeout is { } timeout)
        {
            Add("CqObject_TimeoutThreshold", CallQueueWords.Seconds(before.TimeoutThreshold, language), CallQueueWords.Seconds(timeout, language));
        }

        if (edit.Overflow is { } overflow)
        {
            Add("CqObject_OverflowThreshold", CallQueueWords.Calls(before.OverflowThreshold, language), CallQueueWords.Calls(overflow, language));
        }

        if (edit.Presence is { } presence)
        {
            Add("CqObject_Presence", CallQueueWords.OnOff(before.PresenceBasedRouting, language), CallQueueWords.OnOff(presence, language));
        }

        if (edit.Conference is { } conference)
        {
            Add("CqObject_Conference", CallQueueWords.OnOff(before.ConferenceMode, language), CallQueueWords.OnOff(conference, language));
        }

        if (edit.OptOut is { } optOut)
        {
            Add("CqObject_OptOut", CallQueueWords.OnOff(before.AllowOptOut, language), CallQueueWords.OnOff(optOut, language));
        }

        var after = edit.ApplyTo(before);
        if (edit.LanguageId is not null)
        {
            Add("CqObject_Language", Language(before.LanguageId), Language(after.LanguageId));
        }

        if (edit.Greeting is not null)
        {
            Add("CqObject_Greeting", CallQueueWords.Prompt(before.Greeting, language, names), CallQueueWords.Prompt(after.Greeting, language, names));
        }

        if (edit.Music is not null)
        {
            Add("CqObject_Music", CallQueueWords.Music(before, language, names), CallQueueWords.Music(after, language, names));
        }

        if (edit.OverflowAction is not null)
        {
            Add("Cq2_OverflowAction", CallQueueWords.Action(before.Overflow, names, language), CallQueueWords.Action(after.Overflow, names, language));
        }

        if (edit.TimeoutAction is not null)
        {
            Add("Cq2_TimeoutAction", CallQueueWords.Action(before.Timeout, names, language), CallQueueWords.Action(after.Timeout, names, language));
        }

        if (edit.NoAgentAction is not null)
        {
            Add("CqObject_NoAgent", CallQueueWords.Action(before.NoAgent, names, language), CallQueueWords.Action(after.NoAgent, names, language));
        }

        if (edit.NoAgentApplyTo is { } applyTo)
        {
            Add("Cq2_ApplyTo", T("CqObject_ApplyTo_" + before.NoAgentApplyTo), T("CqObject_ApplyTo_" + applyTo));
        }

        if (edit.Users is { } users)
        {
            Add("CqObject_Agents", CallQueueWords.People(before.Users, names, language), CallQueueWords.People(users, names, language));
        }

        if (edit.Groups is not null)
        {
            Add("CqObject_Groups", CallQueueWords.Groups(before.DistributionLists, language), CallQueueWords.Groups(after.DistributionLists, language));
        }

        if (edit.Channel is not null)
        {
            Add("CqObject_Channel", CallQueueWords.Channel(before.Channel, names, language), CallQueueWords.Channel(after.Channel, names, language));
        }

        return facts;
    }
}
