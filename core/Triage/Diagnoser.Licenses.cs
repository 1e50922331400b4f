using System.Globalization;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using static ChatPhone.Core.Triage.TriageCodes;

namespace ChatPhone.Core.Triage;

public static partial class Diagnoser
{
    private static readonly Sku[] PhoneSystemSkus = [Sku.PhoneSystem, Sku.E5];
    private static readonly Sku[] CallingPlanSkus = [Sku.DomesticCallingPlan, Sku.InternationalCallingPlan];
    private static readonly Sku[] AudioConferencingSkus = [Sku.AudioConferencing, Sku.E5];

    // The directory and the licenses: usage location, what the country sells, Phone System and a Calling Plan.
    private static Licensing Licenses(TriageFacts facts, Findings found)
    {
        var person = facts.Person!;
        var located = IsoCountries.IsValid(person.UsageLocation);
        var country = person.UsageLocation.ToUpperInvariant();
        if (!located)
        {
            found.Add(UsageLocationMissing, FixOwner.Admin, null);
        }
        else if (facts.Country is not { PhoneSystem.Purchasable: true })
        {
            // Nothing can be licensed there: the missing licenses follow from this one cause.
            found.Add(PhoneSystemNotSold, FixOwner.Admin, null, country);
            return new Licensing(false, facts.Licenses is { HasPhoneSystem: true }, facts.Licenses is { HasCallingPlan: true }, facts.Licenses is { HasAudioConferencing: true });
        }

        var canLicense = located;
        var licenses = facts.Licenses;
        var phoneSystem = licenses is { HasPhoneSystem: true }
            || LicenseCause(facts, found, PhoneSystemSkus, PhoneSystemMissing, PhoneSystemMissingBuy, canLicense);
        var callingPlan = licenses is { HasCallingPlan: true };
        if (!callingPlan && canLicense && facts.Country is { CallingPlans.Purchasable: false })
        {
            found.Add(CallingPlansNotSold, FixOwner.Admin, null, country);
        }
        else if (!callingPlan)
        {
            callingPlan = LicenseCause(facts, found, CallingPlanSkus, CallingPlanMissing, CallingPlanMissingBuy, canLicense);
        }

        if (located && licenses is { Skus.Count: > 0 } && !licenses.UsageLocation.Equals(country, StringComparison.OrdinalIgnoreCase))
        {
            found.Add(LicenseCountryOutdated, FixOwner.Admin, null, licenses.UsageLocation.ToUpperInvariant(), country);
        }

        var audioConferencing = licenses is { HasAudioConferencing: true } || (canLicense && FirstFree(facts, AudioConferencingSkus) is not null);
        return new Licensing(canLicense, phoneSystem, callingPlan, audioConferencing);
    }

    /// <summary>
    /// Adds the "missing" cause (with the fix when a unit of one of <paramref name="skus"/> is free and a license can be
    /// assigned), or the "buy" cause when every unit is taken; true when the fix was offered.
    /// </summary>
    private static bool LicenseCause(TriageFacts facts, Findings found, Sku[] skus, string missing, string buy, bool canLicense)
    {
        if (FirstFree(facts, skus) is not { } free)
        {
            found.Add(buy, FixOwner.Admin, null, skus.Sum(facts.Purchased).ToString(CultureInfo.InvariantCulture));
            return false;
        }

        found.Add(missing, FixOwner.Admin, canLicense ? AssignLicenseFix(facts, free) : null);
        return canLicense;
    }

    private static Sku? FirstFree(TriageFacts facts, Sku[] skus) =>
        skus.Where(s => facts.Free(s) > 0).Select(s => (Sku?)s).FirstOrDefault();

    // Calling Plan minutes are pooled per country; once used up, calls need Communications Credits and their license.
    private static void Minutes(TriageFacts facts, DateTimeOffset now, Licensing licensing, Findings found)
    {
        if (facts.Licenses is not { HasCallingPlan: true } licenses || facts.Pool is not { IsExhausted: true } pool)
        {
            return;
        }

        if (facts.Balance(now) <= 0)
        {
            found.Add(MinutesExhausted, FixOwner.Admin, null, pool.Country,
                pool.Used.ToString(CultureInfo.InvariantCulture), pool.Total.ToString(CultureInfo.InvariantCulture), Date(pool.ResetsAt));
        }
        else if (!licenses.Has(Sku.CommunicationsCredits))
        {
            LicenseCause(facts, found, [Sku.CommunicationsCredits], CreditsLicenseMissing, CreditsLicenseMissingBuy, licensing.CanLicense && licensing.PhoneSystem);
        }
    }
}
