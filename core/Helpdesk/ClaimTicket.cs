using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Triage;

namespace ChatPhone.Core.Helpdesk;

/// <summary>Takes an open ticket; refused when someone else has it.</summary>
public sealed record ClaimTicket(Actor Actor, IdempotencyKey Key, string TicketId) : IMutation;
