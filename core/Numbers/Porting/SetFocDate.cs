using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>Moves the FOC date of an approved order (the only edit allowed in Transfer approved).</summary>
public sealed record SetFocDate(Actor Actor, IdempotencyKey Key, string OrderId, DateOnly FocDate) : IMutation;
