using ChatPhone.Cards.ResourceAccounts;
using ChatPhone.Core.Common;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Bot.Flows.ResourceAccounts;

/// <summary>Reads resource accounts with the names of the auto attendants and call queues they serve, for the cards and plans.</summary>
public sealed class ResourceAccountViews(ResourceAccountService accounts, VoiceAppQueries voiceApps)
{
    /// <summary>Every account of the actor's tenant, by UPN.</summary>
    public async Task<Result<IReadOnlyList<ResourceAccountView>>> AllAsync(Actor actor, CancellationToken cancellationToken)
    {
        var all = await accounts.ListAsync(actor, cancellationToken);
        if (!all.IsSuccess)
        {
            return all.Error;
        }

        var apps = await AppsAsync(actor, cancellationToken);
        return all.Value.Select(a => View(a, apps)).ToArray();
    }

    /// <summary>One account of the actor's tenant, by id.</summary>
    public async Task<Result<ResourceAccountView>> OneAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(actor, id, cancellationToken);
        if (!account.IsSuccess)
        {
            return account.Error;
        }

        return View(account.Value, await AppsAsync(actor, cancellationToken));
    }

    /// <summary>The auto attendants and call queues of the tenant: id, name and the kind of account that may serve them.</summary>
    public async Task<IReadOnlyList<VoiceAppName>> AppsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var queues = await voiceApps.ListCallQueuesAsync(actor, cancellationToken);
        var attendants = await voiceApps.ListAutoAttendantsAsync(actor, cancellationToken);
        return (queues.IsSuccess ? queues.Value.Select(q => new VoiceAppName(q.Id, q.Name, ResourceAccountKind.CallQueue)) : [])
            .Concat(attendants.IsSuccess ? attendants.Value.Select(a => new VoiceAppName(a.Id, a.Name, ResourceAccountKind.AutoAttendant)) : [])
            .ToArray();
    }

    private static ResourceAccountView View(ResourceAccount account, IReadOnlyList<VoiceAppName> apps) =>
        new(account, account.AssociatedWith is { } id ? apps.FirstOrDefault(a => a.Id.Equals(id, StringComparison.OrdinalIgnoreCase))?.Name : null);
}

/// <summary>An auto attendant or call queue as a resource account sees it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">The kind of resource account that may serve it.</param>
public sealed record VoiceAppName(string Id, string Name, ResourceAccountKind Kind);
