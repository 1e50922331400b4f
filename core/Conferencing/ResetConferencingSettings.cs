using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Puts every tenant conferencing setting, invites included, back to its default.</summary>
public sealed record ResetConferencingSettings(Actor Actor, IdempotencyKey Key) : IMutation;
