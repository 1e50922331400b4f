using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Emergency;

/// <summary>Replaces the fields of an address that is not validated yet (Set-CsOnlineLisCivicAddress countries only), then validates it again.</summary>
public sealed record EditAddress(Actor Actor, IdempotencyKey Key, string AddressId, AddressFields Fields) : IMutation;
