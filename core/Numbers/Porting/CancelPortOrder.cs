using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>Cancels an order (Processing, Contacting carrier, Transfer approved or Error).</summary>
public sealed record CancelPortOrder(Actor Actor, IdempotencyKey Key, string OrderId) : IMutation;
