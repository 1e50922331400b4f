using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Conferencing;

/// <summary>Stops a person organizing meetings with dial-in (their Audio Conferencing license can then be removed).</summary>
public sealed record DisableOrganizer(Actor Actor, IdempotencyKey Key, UserId UserId) : IMutation;
