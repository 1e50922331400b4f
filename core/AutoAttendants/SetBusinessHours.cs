using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Sets an auto attendant's business hours and, unless they are 24/7, its after-hours flow (null keeps the current one, or supplies a Disconnect flow).</summary>
public sealed record SetBusinessHours(Actor Actor, IdempotencyKey Key, string Id, BusinessHours Hours, CallFlow? AfterHoursFlow = null) : IMutation;
