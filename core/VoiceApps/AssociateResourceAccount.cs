using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.VoiceApps;

/// <summary>
/// Links a licensed resource account to an auto attendant or call queue of its kind
/// (New-CsOnlineApplicationInstanceAssociation), with a call priority 1..5 (default 3).
/// </summary>
public sealed record AssociateResourceAccount(
    Actor Actor,
    IdempotencyKey Key,
    string ResourceAccountId,
    string TargetId,
    int CallPriority = VoiceAppLimits.DefaultCallPriority) : IMutation;
