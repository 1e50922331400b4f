using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>Applies every status change that is due at the current time, and adds the numbers of completed orders to the inventory.</summary>
public sealed record AdvancePortOrders(Actor Actor, IdempotencyKey Key) : IMutation;
