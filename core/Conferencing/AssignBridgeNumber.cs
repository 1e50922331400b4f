using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Puts a conference service number of the inventory on the bridge, optionally as its default (toll only).</summary>
public sealed record AssignBridgeNumber(Actor Actor, IdempotencyKey Key, string Number, bool MakeDefault = false) : IMutation;
