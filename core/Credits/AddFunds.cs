using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Credits;

/// <summary>Adds a one-time funding of <paramref name="Amount"/> (at least 20 the first time), paid with the account's payment method.</summary>
public sealed record AddFunds(Actor Actor, IdempotencyKey Key, decimal Amount) : IMutation;
