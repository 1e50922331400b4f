using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.CallQueues;

/// <summary>Replaces a call queue's settings (Set-CsCallQueue); start from the stored settings and change what is needed.</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Id">The queue's id.</param>
/// <param name="Settings">The whole new settings.</param>
/// <param name="Seen">
/// When the editor read the queue (its <see cref="CallQueue.UpdatedAt"/>): the edit applies only if nobody changed the
/// queue since, so one editor never silently overwrites another. Null replaces whatever is stored.
/// </param>
public sealed record UpdateCallQueue(Actor Actor, IdempotencyKey Key, string Id, CallQueueSettings Settings, DateTimeOffset? Seen = null) : IMutation;
