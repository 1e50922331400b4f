using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.Directory;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// "list the call queues", "affiche les files d'attente": each queue with its routing method, its agents by name and
/// the numbers of the resource accounts linked to it, and a Show button that opens the queue's detail card. Helpdesk and
/// admins (core checks the role). "list the queues" read as the generic list intent lands here too.
/// </summary>
public sealed class CallQueueListFlow(VoiceAppQueries queries, ResourceAccountService accounts, IDirectoryStore directory) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.ListCallQueues];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var queues = await queries.ListCallQueuesAsync(turn.Actor, cancellationToken);
        if (!queues.IsSuccess)
        {
            await turn.SendTextAsync(queues.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var linked = await accounts.ListAsync(turn.Actor, cancellationToken);
        var numbers = (linked.IsSuccess ? linked.Value : [])
            .Where(a => a.AssociatedWith is not null && a.Number is not null)
            .ToLookup(a => a.AssociatedWith!, a => a.Number!);
        var people = (await directory.ListAsync(turn.Actor.Tenant, cancellationToken))
            .ToDictionary(p => p.AadObjectId, p => p.DisplayName, StringComparer.OrdinalIgnoreCase);
        var summaries = queues.Value
            .Select(q => new CallQueueSummary(
                q.Name,
                q.Settings.RoutingMethod,
                q.Settings.Users.Select(u => people.GetValueOrDefault(u) ?? u).ToArray(),
                numbers[q.Id].Order(StringComparer.Ordinal).ToArray())
            {
                Show = ObjectButtons.Create(BotText.Get(turn.Language, "CqObject_Show"), IntentKind.ShowObject, ObjectKind.CallQueue, q.Id),
            })
            .ToArray();
        await turn.SendCardAsync(CallQueuesCard.Build(summaries, turn.Language), cancellationToken);
    }
}
