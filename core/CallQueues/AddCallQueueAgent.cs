using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.CallQueues;

/// <summary>Adds one person as an agent of a call queue (a no-op when they already are).</summary>
public sealed record AddCallQueueAgent(Actor Actor, IdempotencyKey Key, string Id, UserId UserId) : IMutation;
