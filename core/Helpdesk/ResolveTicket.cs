using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Triage;

namespace ChatPhone.Core.Helpdesk;

/// <summary>Closes a ticket.</summary>
public sealed record ResolveTicket(Actor Actor, IdempotencyKey Key, string TicketId) : IMutation;
