using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Audit.Undo;

/// <summary>Takes back one change of the actor's own (admins only), as <see cref="UndoService.PlanAsync"/> showed it.</summary>
/// <param name="Actor">Who undoes; must be the admin who made the change.</param>
/// <param name="Key">Idempotency key: the same key undoes once.</param>
/// <param name="Change">The change to take back.</param>
public sealed record UndoChange(Actor Actor, IdempotencyKey Key, ChangeRef Change) : IMutation;
