using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>Takes a resource account's number back into the inventory, unassigned.</summary>
public sealed record UnassignResourceAccountNumber(Actor Actor, IdempotencyKey Key, string AccountId) : IMutation;
