using ChatPhone.Core.Availability;

namespace ChatPhone.Core.Licensing;

/// <summary>
/// A country's pool of Calling Plan minutes for one month (reference step 1, "minutes are pooled per
/// country"): every assigned (not purchased) Calling Plan of a person licensed in the pool's countries adds
/// its monthly domestic allotment; countries that share a pool (the US and Puerto Rico) count together.
/// When the pool is used up, calls need Communications Credits; without them they are blocked until the reset.
/// </summary>
/// <param name="Country">The country asked about.</param>
/// <param name="Countries">Every country drawing from the same pool, the asked one first.</param>
/// <param name="Month">The month, <c>yyyy-MM</c> (UTC).</param>
/// <param name="Used">Minutes used this month in the pool's countries.</param>
/// <param name="Total">Minutes the assigned plans give this month.</param>
/// <param name="ResetsAt">When the pool starts again from zero.</param>
public sealed record MinutePool(string Country, IReadOnlyList<string> Countries, string Month, int Used, int Total, DateTimeOffset ResetsAt)
{
    /// <summary>Minutes left (never below zero).</summary>
    public int Left => Math.Max(0, Total - Used);

    /// <summary>True when nothing is left.</summary>
    public bool IsExhausted => Used >= Total;

    /// <summary>The pool of <paramref name="country"/> at <paramref name="now"/>, or null when Calling Plans are not sold there.</summary>
    /// <param name="country">ISO code of the pool's country (a person's licensed usage location).</param>
    /// <param name="now">The time; its UTC month is the pool's.</param>
    /// <param name="licenses">Everyone's licenses (those licensed elsewhere are ignored).</param>
    /// <param name="usage">The month's usage, if anything was recorded.</param>
    /// <param name="catalog">What is sold where, with the allotments.</param>
    public static MinutePool? Of(string country, DateTimeOffset now, IEnumerable<UserLicenses> licenses, MinutesUsage? usage, AvailabilityCatalog catalog)
    {
        if (catalog.Get(country) is not { IsSuccess: true } found || !found.Value.CallingPlans.Purchasable)
        {
            return null;
        }

        var home = found.Value;
        string[] countries = [home.Iso, .. (home.CallingPlans.SharesPoolWith ?? []).Select(c => c.ToUpperInvariant()).Where(c => c != home.Iso)];
        var total = 0;
        foreach (var held in licenses.Where(l => countries.Contains(l.UsageLocation.ToUpperInvariant(), StringComparer.Ordinal)))
        {
            if (catalog.Get(held.UsageLocation) is not { IsSuccess: true } licensed)
            {
                continue;
            }

            foreach (var plan in held.Skus.Where(s => s.IsCallingPlan()))
            {
                total += licensed.Value.CallingPlans.TryGetAllotment(plan, out var allotment) ? allotment.DomesticMinutes : 0;
            }
        }

        var month = MinutesUsage.MonthOf(now);
        var used = usage is null || usage.Month != month ? 0 : countries.Sum(usage.Used);
        return new MinutePool(home.Iso, countries, month, used, total, MinutesUsage.ResetAfter(now));
    }
}
