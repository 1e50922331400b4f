using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Objects;

/// <summary>
/// Lists, shows, changes and removes the objects of one kind, for <see cref="ObjectFlow"/>. The flow finds which object a
/// sentence or a button means (<see cref="FindAllAsync"/>), so a handler only ever acts on an object of the actor's own
/// tenant. Changes and removals end at a plan card and Confirm (the handler is also an <c>IPlannedFlow</c>); core checks
/// the role of every command again.
/// </summary>
public interface IObjectHandler
{
    /// <summary>The kind handled.</summary>
    ObjectKind Kind { get; }

    /// <summary>Every object of the kind in the actor's tenant, with the names a person may call it by; an error when the actor may not see them.</summary>
    Task<Result<IReadOnlyList<NamedObject>>> FindAllAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Lists the objects ("list the auto attendants"), with the filters the sentence gives.</summary>
    Task ListAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken);

    /// <summary>Shows <paramref name="target"/> whole: a detail card with Edit / Remove buttons for those who may use them.</summary>
    Task ShowAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken);

    /// <summary>Changes what the sentence asks on <paramref name="target"/> (a plan card), or sends the edit form prefilled with today's values.</summary>
    Task ChangeAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken);

    /// <summary>Plans the removal of <paramref name="target"/> (a plan card), or says which rule forbids it.</summary>
    Task RemoveAsync(FlowTurn turn, NamedObject target, Intent intent, CancellationToken cancellationToken);
}

/// <summary>One object as <see cref="ObjectFlow"/> finds it: its id in the tenant, its display name, and other names it goes by.</summary>
/// <param name="Id">The object's id in its tenant.</param>
/// <param name="Name">What the bot calls it on cards.</param>
/// <param name="Aliases">Other names a person may type for it (an account's UPN, an address's city).</param>
public sealed record NamedObject(string Id, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>An object known by its name alone.</summary>
    public NamedObject(string id, string name)
        : this(id, name, [])
    {
    }
}
