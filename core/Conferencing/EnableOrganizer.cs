using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Conferencing;

/// <summary>Enables a licensed person to organize meetings with dial-in (Microsoft provider, bridge default toll number).</summary>
public sealed record EnableOrganizer(Actor Actor, IdempotencyKey Key, UserId UserId) : IMutation;
