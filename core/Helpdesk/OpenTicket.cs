using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Triage;

namespace ChatPhone.Core.Helpdesk;

/// <summary>Opens a ticket for a triage report (at most one open ticket per person and symptom).</summary>
public sealed record OpenTicket(Actor Actor, IdempotencyKey Key, TriageReport Report) : IMutation;
