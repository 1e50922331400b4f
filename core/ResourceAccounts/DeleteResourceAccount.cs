using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>Deletes a resource account without a number or association, releasing its license.</summary>
public sealed record DeleteResourceAccount(Actor Actor, IdempotencyKey Key, string AccountId) : IMutation;
