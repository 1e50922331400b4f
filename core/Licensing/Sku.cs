namespace ChatPhone.Core.Licensing;

/// <summary>The licenses of the phone system (reference §0.4); <see cref="Skus.PartNumber"/> gives the SKU part name.</summary>
public enum Sku
{
    /// <summary>Phone System (Teams Phone Standard), MCOEV.</summary>
    PhoneSystem,

    /// <summary>Domestic Calling Plan, MCOPSTN1.</summary>
    DomesticCallingPlan,

    /// <summary>Domestic and International Calling Plan, MCOPSTN2.</summary>
    InternationalCallingPlan,

    /// <summary>Communications Credits, MCOPSTNC (legacy MCOPSTNPP).</summary>
    CommunicationsCredits,

    /// <summary>Audio Conferencing, MCOMEETADV.</summary>
    AudioConferencing,

    /// <summary>Office 365 E5 (includes Phone System and Audio Conferencing), ENTERPRISEPREMIUM.</summary>
    E5,

    /// <summary>Office 365 E3, ENTERPRISEPACK.</summary>
    E3,

    /// <summary>Office 365 E1, STANDARDPACK.</summary>
    E1,

    /// <summary>Skype for Business Online Plan 2, MCOSTANDARD.</summary>
    SkypePlan2,

    /// <summary>Teams Phone Resource Account (free, one per resource account), PHONESYSTEM_VIRTUALUSER.</summary>
    ResourceAccount,
}

/// <summary>SKU part names and license rules.</summary>
public static class Skus
{
    private static readonly Dictionary<Sku, string> PartNumbers = new()
    {
        [Sku.PhoneSystem] = "MCOEV",
        [Sku.DomesticCallingPlan] = "MCOPSTN1",
        [Sku.InternationalCallingPlan] = "MCOPSTN2",
        [Sku.CommunicationsCredits] = "MCOPSTNC",
        [Sku.AudioConferencing] = "MCOMEETADV",
        [Sku.E5] = "ENTERPRISEPREMIUM",
        [Sku.E3] = "ENTERPRISEPACK",
        [Sku.E1] = "STANDARDPACK",
        [Sku.SkypePlan2] = "MCOSTANDARD",
        [Sku.ResourceAccount] = "PHONESYSTEM_VIRTUALUSER",
    };

    /// <summary>The SKU part name (<c>MCOEV</c>).</summary>
    public static string PartNumber(this Sku sku) => PartNumbers[sku];

    /// <summary>Parses a part name (<c>MCOEV</c>, legacy <c>MCOPSTNPP</c>) or an enum name (<c>PhoneSystem</c>), ignoring case.</summary>
    public static bool TryParse(string? text, out Sku sku)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Equals("MCOPSTNPP", StringComparison.OrdinalIgnoreCase))
        {
            sku = Sku.CommunicationsCredits;
            return true;
        }

        foreach (var (candidate, part) in PartNumbers)
        {
            if (part.Equals(value, StringComparison.OrdinalIgnoreCase) || candidate.ToString().Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                sku = candidate;
                return true;
            }
        }

        sku = default;
        return false;
    }

    /// <summary>True for the two Calling Plans.</summary>
    public static bool IsCallingPlan(this Sku sku) => sku is Sku.DomesticCallingPlan or Sku.InternationalCallingPlan;

    /// <summary>True for licenses that give Phone System (MCOEV, or E5 which includes it).</summary>
    public static bool GivesPhoneSystem(this Sku sku) => sku is Sku.PhoneSystem or Sku.E5;

    /// <summary>True for licenses that give Audio Conferencing (MCOMEETADV, or E5).</summary>
    public static bool GivesAudioConferencing(this Sku sku) => sku is Sku.AudioConferencing or Sku.E5;
}
