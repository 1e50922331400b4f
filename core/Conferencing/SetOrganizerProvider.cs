using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Conferencing;

/// <summary>Sets an organizer's audio conferencing provider (Teams users can only have Microsoft).</summary>
public sealed record SetOrganizerProvider(Actor Actor, IdempotencyKey Key, UserId UserId, ConferencingProvider Provider) : IMutation;
