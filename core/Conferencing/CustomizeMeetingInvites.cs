using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Replaces what meeting invites add: help and legal links, footer text and logo (blank fields remove them).</summary>
public sealed record CustomizeMeetingInvites(Actor Actor, IdempotencyKey Key, InviteCustomization Invite) : IMutation;
