using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Replaces an auto attendant's settings (Set-CsAutoAttendant); start from the stored settings and change what is needed.</summary>
public sealed record UpdateAutoAttendant(Actor Actor, IdempotencyKey Key, string Id, AutoAttendantSettings Settings) : IMutation;
