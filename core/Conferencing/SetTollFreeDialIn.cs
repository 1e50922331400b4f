using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Conferencing;

/// <summary>Allows or stops toll-free dial-in to an organizer's meetings.</summary>
public sealed record SetTollFreeDialIn(Actor Actor, IdempotencyKey Key, UserId UserId, bool Allow) : IMutation;
