using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Emergency;

/// <summary>Runs validation again on an address that is not validated yet.</summary>
public sealed record ValidateAddress(Actor Actor, IdempotencyKey Key, string AddressId) : IMutation;
