using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Removes a holiday, by name (ignoring case), from an auto attendant.</summary>
public sealed record RemoveHoliday(Actor Actor, IdempotencyKey Key, string Id, string HolidayName) : IMutation;
