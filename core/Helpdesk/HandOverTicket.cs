using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Triage;

namespace ChatPhone.Core.Helpdesk;

/// <summary>Hands a ticket to another helpdesk member or admin.</summary>
public sealed record HandOverTicket(Actor Actor, IdempotencyKey Key, string TicketId, string ToUserId) : IMutation;
