using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Licensing;

/// <summary>
/// The licensing rules of reference step 2 and §0.4, as pure functions over a person, what they hold,
/// and the tenant's subscriptions (which the caller updates as units are consumed).
/// </summary>
public static class LicenseRules
{
    /// <summary>
    /// Adds <paramref name="requested"/> to what <paramref name="person"/> holds, consuming units in
    /// <paramref name="subscriptions"/> (mutated only on success).
    /// </summary>
    /// <param name="person">Who gets the licenses.</param>
    /// <param name="current">What they hold now (null: nothing).</param>
    /// <param name="requested">The licenses to add.</param>
    /// <param name="subscriptions">The tenant's subscriptions, consumed as units are assigned.</param>
    /// <param name="callingPlansSoldIn">Whether Calling Plans are sold for a usage location; null skips the check.</param>
    public static Result<UserLicenses> Assign(
        Person person,
        UserLicenses? current,
        IReadOnlyList<Sku> requested,
        IDictionary<Sku, Subscription> subscriptions,
        Func<string, bool>? callingPlansSoldIn = null)
    {
        if (!IsoCountries.IsValid(person.UsageLocation))
        {
            return new Error("license.usage_location_missing", person.DisplayName);
        }

        var held = current?.Skus.ToHashSet() ?? [];
        var adding = requested.Distinct().Where(s => !held.Contains(s)).ToArray();
        var after = held.Concat(adding).ToHashSet();
        foreach (var sku in adding)
        {
            if (sku == Sku.ResourceAccount)
            {
                return new Error("license.resource_account_only", sku);
            }

            if (sku.IsCallingPlan() && !after.Any(s => s.GivesPhoneSystem()))
            {
                return new Error("license.calling_plan_needs_phone_system", person.DisplayName, sku);
            }

            // A Calling Plan works in the person's usage location, not the organisation's billing country.
            if (sku.IsCallingPlan() && callingPlansSoldIn is not null && !callingPlansSoldIn(person.UsageLocation))
            {
                return new Error("license.calling_plan_not_sold", person.DisplayName, person.UsageLocation);
            }

            if (sku == Sku.CommunicationsCredits
                && !after.Any(s => s.GivesAudioConferencing())
                && !(after.Any(s => s.GivesPhoneSystem()) && after.Any(s => s.IsCallingPlan())))
            {
                return new Error("license.credits_prerequisite", person.DisplayName);
            }

            if (!subscriptions.TryGetValue(sku, out var subscription) || subscription.Available <= 0)
            {
                return new Error("license.none_available", sku, subscription?.Purchased ?? 0);
            }
        }

        foreach (var sku in adding)
        {
            subscriptions[sku] = subscriptions[sku] with { Consumed = subscriptions[sku].Consumed + 1 };
        }

        return new UserLicenses(person.AadObjectId, person.UsageLocation, Order(after));
    }

    /// <summary>
    /// Removes <paramref name="removing"/>: refused while a Calling Plan would lose its Phone System, while
    /// the person holds a phone number that needs the license, or while they are a dial-in organizer.
    /// </summary>
    public static Result<UserLicenses> Remove(
        Person person,
        UserLicenses current,
        IReadOnlyList<Sku> removing,
        bool holdsNumber,
        IDictionary<Sku, Subscription> subscriptions,
        bool isOrganizer = false)
    {
        var dropped = removing.Distinct().Where(current.Has).ToArray();
        var after = current.Skus.Except(dropped).ToHashSet();
        if (after.Any(s => s.IsCallingPlan()) && !after.Any(s => s.GivesPhoneSystem()))
        {
            return new Error("license.phone_system_required_by_calling_plan", person.DisplayName);
        }

        if (holdsNumber && (!after.Any(s => s.GivesPhoneSystem()) || (current.HasCallingPlan && !after.Any(s => s.IsCallingPlan()))))
        {
            return new Error("license.needed_by_number", person.DisplayName);
        }

        if (isOrganizer && current.HasAudioConferencing && !after.Any(s => s.GivesAudioConferencing()))
        {
            return new Error("license.needed_by_organizer", person.DisplayName);
        }

        foreach (var sku in dropped.Where(subscriptions.ContainsKey))
        {
            subscriptions[sku] = subscriptions[sku] with { Consumed = Math.Max(0, subscriptions[sku].Consumed - 1) };
        }

        return current with { Skus = Order(after) };
    }

    private static Sku[] Order(IEnumerable<Sku> skus) => skus.Order().ToArray();
}
