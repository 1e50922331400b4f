using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Allows or stops toll-free dial-in to an organizer's meetings.</summary>
public sealed record SetTollFreeDialIn(Actor Actor, IdempotencyKey Key, string UserId, bool Allow) : IMutation;
