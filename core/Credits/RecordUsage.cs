using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Credits;

/// <summary>Records simulated pay-per-minute spend of <paramref name="Amount"/> (oldest lots first; auto-recharge when the balance falls below its trigger).</summary>
public sealed record RecordUsage(Actor Actor, IdempotencyKey Key, decimal Amount, string Description) : IMutation;
