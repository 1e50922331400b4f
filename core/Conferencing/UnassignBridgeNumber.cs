using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Takes a dedicated number off the bridge (refused while it is the bridge's or an organizer's default).</summary>
public sealed record UnassignBridgeNumber(Actor Actor, IdempotencyKey Key, string Number) : IMutation;
