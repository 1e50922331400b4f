using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Bot.Flows.Objects.Licenses;

/// <summary>One person of the directory with the licenses they hold (none when unlicensed).</summary>
/// <param name="Person">The directory entry.</param>
/// <param name="Skus">What they hold.</param>
internal sealed record LicensedPerson(Person Person, IReadOnlyList<Sku> Skus)
{
    /// <summary>True when they hold <paramref name="sku"/> or a license that gives it (E5 gives Teams Phone; any Calling Plan counts as a calling plan).</summary>
    public bool Holds(Sku sku) => sku.IsCallingPlan() ? Skus.Any(s => s.IsCallingPlan()) : sku == Sku.PhoneSystem ? Skus.Any(s => s.GivesPhoneSystem()) : Skus.Contains(sku);
}
