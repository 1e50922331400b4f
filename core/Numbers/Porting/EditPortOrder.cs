using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>Replaces the fields of an order in Error or Cancelled and submits it again.</summary>
public sealed record EditPortOrder(Actor Actor, IdempotencyKey Key, string OrderId, PortRequest Request) : IMutation;
