using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>Gives a resource account its license (<c>ResourceAccount</c> or <c>PhoneSystem</c>), swapping any other in the same change.</summary>
public sealed record LicenseResourceAccount(Actor Actor, IdempotencyKey Key, string AccountId, Sku License) : IMutation;
