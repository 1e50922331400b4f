using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Sets an organizer's audio conferencing provider (Teams users can only have Microsoft).</summary>
public sealed record SetOrganizerProvider(Actor Actor, IdempotencyKey Key, string UserId, ConferencingProvider Provider) : IMutation;
