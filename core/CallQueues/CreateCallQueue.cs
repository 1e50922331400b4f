using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.CallQueues;

/// <summary>Creates a call queue (New-CsCallQueue). Link a resource account afterwards to make it reachable.</summary>
public sealed record CreateCallQueue(Actor Actor, IdempotencyKey Key, CallQueueSettings Settings) : IMutation;
