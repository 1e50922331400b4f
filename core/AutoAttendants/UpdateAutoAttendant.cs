using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Replaces an auto attendant's settings (Set-CsAutoAttendant); start from the stored settings and change what is needed.</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Id">The attendant's id.</param>
/// <param name="Settings">The whole new settings.</param>
/// <param name="Seen">
/// When the editor read the attendant (its <see cref="AutoAttendant.UpdatedAt"/>): the edit applies only if nobody changed
/// it since, so one editor never silently overwrites another. Null replaces whatever is stored.
/// </param>
public sealed record UpdateAutoAttendant(Actor Actor, IdempotencyKey Key, string Id, AutoAttendantSettings Settings, DateTimeOffset? Seen = null) : IMutation;
