using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>Reads a <see cref="NumberBook"/> for the actor: the inventory (an error when the actor may not read it) and what describes it.</summary>
public sealed class NumberBookReader(
    NumberQueries numbers, IDirectoryStore directory, ResourceAccountService accounts, EmergencyService emergency,
    PortingService porting, NumberOrderService orders, TimeProvider clock)
{
    /// <summary>
    /// Every number of the tenant with the name of the person holding it, if any: all the generic object intents need to
    /// find a number a sentence names (read for every such sentence, so it reads the inventory and the directory only).
    /// </summary>
    internal async Task<Result<IReadOnlyList<(PhoneNumber Number, string? Person)>>> NamesAsync(Actor actor, CancellationToken cancellationToken)
    {
        var inventory = await numbers.ListAsync(actor, new NumberFilter(), 0, NumberQueries.MaxTop, cancellationToken);
        if (!inventory.IsSuccess)
        {
            return inventory.Error;
        }

        var people = (await directory.ListAsync(actor.Tenant, cancellationToken)).ToDictionary(p => p.AadObjectId, p => p.DisplayName, StringComparer.OrdinalIgnoreCase);
        return inventory.Value.Items
            .Select(n => (n, n.Assignment?.Target == AssignmentTarget.User ? people.GetValueOrDefault(n.Assignment.TargetId) : null))
            .ToArray();
    }

    /// <summary>Every number of the tenant with its holders, places and origins.</summary>
    internal async Task<Result<NumberBook>> ReadAsync(Actor actor, CancellationToken cancellationToken)
    {
        var inventory = await numbers.ListAsync(actor, new NumberFilter(), 0, NumberQueries.MaxTop, cancellationToken);
        if (!inventory.IsSuccess)
        {
            return inventory.Error;
        }

        var holders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in await directory.ListAsync(actor.Tenant, cancellationToken))
        {
            holders[person.AadObjectId] = person.DisplayName;
        }

        if (await accounts.ListAsync(actor, cancellationToken) is { IsSuccess: true } linked)
        {
            foreach (var account in linked.Value)
            {
                holders[account.Id] = $"{account.DisplayName} ({account.Upn})";
            }
        }

        var addresses = await emergency.ListAddressesAsync(actor, null, cancellationToken);
        var ports = await porting.ListPortOrdersAsync(actor, cancellationToken);
        var searches = await orders.ListOrdersAsync(actor, clock.GetUtcNow(), cancellationToken);
        return new NumberBook(
            inventory.Value.Items,
            holders,
            addresses.IsSuccess ? addresses.Value : [],
            ports.IsSuccess ? ports.Value : [],
            searches.IsSuccess ? searches.Value.Orders : []);
    }
}
