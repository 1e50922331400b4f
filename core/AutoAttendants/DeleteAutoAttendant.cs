using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Deletes an auto attendant; refused while resource accounts are linked to it or another attendant transfers to it.</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Id">The attendant's id.</param>
/// <param name="Seen">When the admin read the attendant (its <see cref="AutoAttendant.UpdatedAt"/>): refused if it changed since; null deletes whatever is stored.</param>
public sealed record DeleteAutoAttendant(Actor Actor, IdempotencyKey Key, string Id, DateTimeOffset? Seen = null) : IMutation;
