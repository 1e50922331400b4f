using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Replaces the menu of an auto attendant's default or after-hours flow (holiday flows have no menu).</summary>
public sealed record SetMenu(Actor Actor, IdempotencyKey Key, string Id, FlowKind Flow, Menu Menu) : IMutation;
