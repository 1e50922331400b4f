using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Triage;

namespace ChatPhone.Core.Helpdesk.Commands;

/// <summary>Opens a ticket for a triage report (at most one open ticket per person and symptom).</summary>
public sealed record OpenTicket(Actor Actor, IdempotencyKey Key, TriageReport Report) : IMutation;

/// <summary>Takes an open ticket; refused when someone else has it.</summary>
public sealed record ClaimTicket(Actor Actor, IdempotencyKey Key, string TicketId) : IMutation;

/// <summary>Hands a ticket to another helpdesk member or admin.</summary>
public sealed record HandOverTicket(Actor Actor, IdempotencyKey Key, string TicketId, string ToUserId) : IMutation;

/// <summary>Records that a cause's one-click fix was applied.</summary>
public sealed record RecordTicketFix(Actor Actor, IdempotencyKey Key, string TicketId, string Code) : IMutation;

/// <summary>Closes a ticket.</summary>
public sealed record ResolveTicket(Actor Actor, IdempotencyKey Key, string TicketId) : IMutation;
