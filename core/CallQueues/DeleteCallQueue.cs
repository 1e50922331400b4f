using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.CallQueues;

/// <summary>Deletes a call queue; refused while resource accounts are linked to it or an auto attendant transfers to it.</summary>
public sealed record DeleteCallQueue(Actor Actor, IdempotencyKey Key, string Id) : IMutation;
