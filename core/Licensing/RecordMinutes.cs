using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Licensing;

/// <summary>
/// Records <paramref name="Minutes"/> domestic Calling Plan minutes used in <paramref name="Country"/> this month
/// (the simulated usage report; an admin or the system records it).
/// </summary>
public sealed record RecordMinutes(Actor Actor, IdempotencyKey Key, string Country, int Minutes) : IMutation;
