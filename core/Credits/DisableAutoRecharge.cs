using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Credits;

/// <summary>Turns auto-recharge off; the balance stays as it is.</summary>
public sealed record DisableAutoRecharge(Actor Actor, IdempotencyKey Key) : IMutation;
