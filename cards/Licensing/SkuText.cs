using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Cards.Licensing;

/// <summary>License names for cards: the product name (brands stay as they are) and its part number.</summary>
public static class SkuText
{
    /// <summary>
    /// <c>Domestic Calling Plan (MCOPSTN1)</c>: the part number the admin center shows, unless it reads as code
    /// (<c>PHONESYSTEM_VIRTUALUSER</c>), which is left out.
    /// </summary>
    public static string Name(Sku sku, Language language)
    {
        var name = sku switch
        {
            Sku.PhoneSystem => "Teams Phone Standard",
            Sku.E5 => "Office 365 E5",
            Sku.E3 => "Office 365 E3",
            Sku.E1 => "Office 365 E1",
            _ => CardText.Get(language, "Sku_" + sku),
        };
        var part = sku.PartNumber();
        return part.Contains('_', StringComparison.Ordinal) ? name : $"{name} ({part})";
    }

    /// <summary>The names joined, or "none".</summary>
    public static string List(IReadOnlyList<Sku> skus, Language language) =>
        skus.Count == 0 ? CardText.Get(language, "License_None") : string.Join(", ", skus.Select(s => Name(s, language)));
}
