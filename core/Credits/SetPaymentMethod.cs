using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Credits;

/// <summary>Sets how funds are paid for: a card (last four digits only) or an Enterprise Agreement.</summary>
public sealed record SetPaymentMethod(Actor Actor, IdempotencyKey Key, PaymentMethod Method) : IMutation;
