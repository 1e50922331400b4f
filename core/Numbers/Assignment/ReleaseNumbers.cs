using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Numbers.Assignment;

/// <summary>
/// Gives unassigned numbers back to the carrier (Remove-CsOnlineTelephoneNumber). If any listed number is
/// assigned, none is released.
/// </summary>
/// <param name="Actor">Who asks (admin).</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Numbers">1 to <see cref="MaxNumbers"/> numbers.</param>
public sealed record ReleaseNumbers(Actor Actor, IdempotencyKey Key, IReadOnlyList<string> Numbers) : IMutation
{
    /// <summary>The most numbers one release may list.</summary>
    public const int MaxNumbers = 1000;
}

/// <summary>Per-number outcome of a release (NumberIdsDeleted / DeleteFailed / NotOwnedByTenant).</summary>
/// <param name="Released">Removed from the inventory.</param>
/// <param name="Assigned">Assigned, so not released (and, because of them, nothing was).</param>
/// <param name="NotOwned">Not in the tenant's inventory.</param>
/// <param name="Kept">Unassigned numbers kept because another listed number is assigned.</param>
public sealed record ReleaseOutcome(IReadOnlyList<string> Released, IReadOnlyList<string> Assigned, IReadOnlyList<string> NotOwned, IReadOnlyList<string> Kept);
