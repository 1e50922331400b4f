using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.CallQueues;

/// <summary>Replaces a call queue's settings (Set-CsCallQueue); start from the stored settings and change what is needed.</summary>
public sealed record UpdateCallQueue(Actor Actor, IdempotencyKey Key, string Id, CallQueueSettings Settings) : IMutation;
