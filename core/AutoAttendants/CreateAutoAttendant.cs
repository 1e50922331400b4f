using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Creates an auto attendant (New-CsAutoAttendant). Link a resource account afterwards to make it reachable.</summary>
public sealed record CreateAutoAttendant(Actor Actor, IdempotencyKey Key, AutoAttendantSettings Settings) : IMutation;
