using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Adds a holiday (its own schedule and call flow) to an auto attendant.</summary>
public sealed record AddHoliday(Actor Actor, IdempotencyKey Key, string Id, Holiday Holiday) : IMutation;
