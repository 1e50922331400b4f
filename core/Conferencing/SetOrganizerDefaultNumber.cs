using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Conferencing;

/// <summary>Sets (or, with a null <paramref name="Number"/>, clears) the toll or toll-free number on an organizer's invites.</summary>
public sealed record SetOrganizerDefaultNumber(Actor Actor, IdempotencyKey Key, UserId UserId, DialInKind Kind, string? Number) : IMutation;
