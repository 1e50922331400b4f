using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.ResourceAccounts;

/// <summary>Creates a resource account for an auto attendant or a call queue (unlicensed, no number).</summary>
public sealed record CreateResourceAccount(Actor Actor, IdempotencyKey Key, string Upn, string DisplayName, ResourceAccountKind Kind) : IMutation;
