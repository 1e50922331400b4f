using ChatPhone.Core.Common;

namespace ChatPhone.Core.Storage;

/// <summary>
/// An idempotency key as one actor sent it. Keys travel on cards anyone in a conversation can read, so the
/// stored result of a key belongs to the actor who ran it: the same key sent by someone else is another request,
/// never a replay of theirs and never a block on it.
/// </summary>
/// <param name="ActorId">The AAD object id (or channel id) of the actor who runs the command.</param>
/// <param name="Key">The key the request carried.</param>
public readonly record struct RequestKey(string ActorId, IdempotencyKey Key)
{
    /// <summary>The key of <paramref name="actor"/>'s request <paramref name="key"/>.</summary>
    public static RequestKey Of(Actor actor, IdempotencyKey key) => new(actor.UserId, key);
}
