using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>Assigns a call queue or auto attendant service number to a licensed resource account.</summary>
public sealed record AssignResourceAccountNumber(Actor Actor, IdempotencyKey Key, string AccountId, string Number) : IMutation;
