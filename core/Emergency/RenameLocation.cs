using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Emergency;

/// <summary>Renames a location of an address (Set-CsOnlineLisLocation -Location); refused when its name is no longer <paramref name="ExpectedName"/>.</summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="AddressId">The address that holds the location.</param>
/// <param name="LocationId">The location renamed.</param>
/// <param name="Name">The new name.</param>
/// <param name="ExpectedName">The name the admin saw when planning; null to rename whatever it is called now.</param>
public sealed record RenameLocation(Actor Actor, IdempotencyKey Key, string AddressId, string LocationId, string Name, string? ExpectedName = null) : IMutation;
