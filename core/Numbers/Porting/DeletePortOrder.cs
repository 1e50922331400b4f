using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>Asks to delete an order; the reference's table allows it in no status, so this explains what to do instead.</summary>
public sealed record DeletePortOrder(Actor Actor, IdempotencyKey Key, string OrderId) : IMutation;
