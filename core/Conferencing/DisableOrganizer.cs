using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Stops a person organizing meetings with dial-in (their Audio Conferencing license can then be removed).</summary>
public sealed record DisableOrganizer(Actor Actor, IdempotencyKey Key, string UserId) : IMutation;
