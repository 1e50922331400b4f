using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Enables a licensed person to organize meetings with dial-in (Microsoft provider, bridge default toll number).</summary>
public sealed record EnableOrganizer(Actor Actor, IdempotencyKey Key, string UserId) : IMutation;
