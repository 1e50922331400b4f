using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.VoiceApps;

/// <summary>Unlinks a resource account from its auto attendant or call queue (Remove-CsOnlineApplicationInstanceAssociation).</summary>
public sealed record DisassociateResourceAccount(Actor Actor, IdempotencyKey Key, string ResourceAccountId) : IMutation;
