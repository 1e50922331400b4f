using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.VoiceApps;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// Turns an exception action as read (<see cref="QueueActionRequest"/>) into the action of one slot, with its target as
/// Teams wants it: a person's object id, <c>tel:+E164</c>, or the object id of the resource account of another queue or
/// auto attendant. Each slot accepts only its own actions (keep in the queue is for "no agent" only), redirecting
/// actions need a target, voicemail needs a person, shared voicemail a group and a prompt; each refusal says the fix.
/// </summary>
internal sealed class CallQueueTargets(PeopleResolver people, VoiceAppQueries queries, ResourceAccountService accounts)
{
    /// <summary>The imported audio files (none when the actor may not read them).</summary>
    public async Task<IReadOnlyList<Core.AudioFiles.AudioFile>> AudioFilesAsync(Actor actor, CancellationToken cancellationToken) =>
        await queries.ListAudioFilesAsync(actor, cancellationToken) is { IsSuccess: true } files ? files.Value : [];

    /// <summary>The action for <paramref name="slot"/> ("Overflow", "Timeout" or "NoAgent"), or why not, in <paramref name="language"/>.</summary>
    public async Task<(QueueActionEdit? Action, string? Problem)> ResolveAsync(
        Actor actor, string slot, QueueActionRequest request, Language language, CancellationToken cancellationToken)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var slotName = T("Cq2_Slot_" + slot);
        switch (request.Verb)
        {
            case QueueVerb.Disconnect:
                return (new QueueActionEdit(slot == "Overflow" ? nameof(OverflowActionKind.DisconnectWithBusy) : nameof(TimeoutActionKind.Disconnect)), null);
            case QueueVerb.Queue:
                return slot == "NoAgent" ? (new QueueActionEdit(nameof(NoAgentActionKind.Queue)), null) : (null, T("Cq2_QueueOnlyNoAgent", slotName));
            case QueueVerb.Voicemail:
                if (request.TargetType != QueueTargetType.Person || string.IsNullOrWhiteSpace(request.Mention))
                {
                    return (null, T("Cq2_VoicemailNeedsPerson", slotName));
                }

                var owner = await people.ResolveAsync(actor, request.Mention, cancellationToken);
                return owner.IsSuccess ? (new QueueActionEdit(nameof(QueueRedirect.Voicemail), owner.Value.AadObjectId), null) : (null, owner.Error.Describe(language));
            case QueueVerb.SharedVoicemail:
                if (request.TargetType != QueueTargetType.Group || !VoiceAppRules.IsGuid(request.Mention))
                {
                    return (null, T("Cq2_SharedNeedsGroup", slotName));
                }

                return string.IsNullOrWhiteSpace(request.Prompt)
                    ? (null, T("Cq2_SharedNeedsPrompt", slotName))
                    : (new QueueActionEdit(nameof(QueueRedirect.SharedVoicemail), request.Mention!.ToLowerInvariant(), request.Prompt), null);
            default:
                var target = await ForwardTargetAsync(actor, request, slotName, language, cancellationToken);
                return target.Problem is null ? (new QueueActionEdit(nameof(QueueRedirect.Forward), target.Id), null) : (null, target.Problem);
        }
    }

    private async Task<(string? Id, string? Problem)> ForwardTargetAsync(
        Actor actor, QueueActionRequest request, string slotName, Language language, CancellationToken cancellationToken)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var mention = request.Mention?.Trim() ?? string.Empty;
        switch (request.TargetType)
        {
            case QueueTargetType.Person when mention.Length > 0:
                var person = await people.ResolveAsync(actor, mention, cancellationToken);
                return person.IsSuccess ? (person.Value.AadObjectId, null) : (null, person.Error.Describe(language));
            case QueueTargetType.Number when mention.Length > 0:
                var number = E164Number.TryParse(mention, language == Language.French ? "FR" : "US");
                return number.IsSuccess ? ("tel:" + number.Value.Value, null) : (null, T("Cq2_BadNumber", mention));
            case QueueTargetType.CallQueue when mention.Length > 0:
                var queues = await queries.ListCallQueuesAsync(actor, cancellationToken);
                var queue = queues.IsSuccess ? queues.Value.FirstOrDefault(q => VoiceAppReplies.Fold(q.Name) == VoiceAppReplies.Fold(mention)) : null;
                return queue is null
                    ? (null, T("Cq2_UnknownQueue", mention, queues.IsSuccess && queues.Value.Count > 0 ? string.Join(", ", queues.Value.Select(q => q.Name)) : T("Cq2_NoneYet")))
                    : await AccountOfAsync(actor, queue.Id, T("Cq2_NoAccountQueue", queue.Name), cancellationToken);
            case QueueTargetType.AutoAttendant when mention.Length > 0:
                var attendants = await queries.ListAutoAttendantsAsync(actor, cancellationToken);
                var attendant = attendants.IsSuccess ? attendants.Value.FirstOrDefault(a => VoiceAppReplies.Fold(a.Name) == VoiceAppReplies.Fold(mention)) : null;
                return attendant is null
                    ? (null, T("Cq2_UnknownAttendant", mention, attendants.IsSuccess && attendants.Value.Count > 0 ? string.Join(", ", attendants.Value.Select(a => a.Name)) : T("Cq2_NoneYet")))
                    : await AccountOfAsync(actor, attendant.Id, T("Cq2_NoAccountAttendant", attendant.Name), cancellationToken);
            default:
                return (null, T("Cq2_TargetRequired", slotName));
        }
    }

    // Teams forwards to a queue or an attendant through its resource account: the account's object id is the target.
    private async Task<(string? Id, string? Problem)> AccountOfAsync(Actor actor, string appId, string refusal, CancellationToken cancellationToken)
    {
        var all = await accounts.ListAsync(actor, cancellationToken);
        var account = all.IsSuccess
            ? all.Value.Where(a => string.Equals(a.AssociatedWith, appId, StringComparison.OrdinalIgnoreCase)).OrderBy(a => a.Upn, StringComparer.OrdinalIgnoreCase).FirstOrDefault()
            : null;
        return account is null ? (null, refusal) : (account.Id, null);
    }
}
