using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Triage;

namespace ChatPhone.Core.Helpdesk;

/// <summary>Records that a cause's one-click fix was applied.</summary>
public sealed record RecordTicketFix(Actor Actor, IdempotencyKey Key, string TicketId, string Code) : IMutation;
