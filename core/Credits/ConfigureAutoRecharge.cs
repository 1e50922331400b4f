using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Credits;

/// <summary>Turns on (or changes) auto-recharge: add <paramref name="RechargeAmount"/> whenever the balance falls below <paramref name="TriggerAmount"/>.</summary>
public sealed record ConfigureAutoRecharge(Actor Actor, IdempotencyKey Key, decimal TriggerAmount, decimal RechargeAmount) : IMutation;
