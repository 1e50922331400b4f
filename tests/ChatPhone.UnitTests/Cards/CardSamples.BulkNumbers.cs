using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Numbers;
using ChatPhone.Core.Common;

namespace ChatPhone.UnitTests.Cards;

/// <summary>The form that gives numbers to several people: a typical tenant, and one with as many people and locations as it lists.</summary>
internal static partial class CardSamples
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> BulkNumbersSamples(Language language)
    {
        yield return ("BulkNumbers", BulkNumbersCard.Build(
            [new Choice("Chloé Dubois (chloe@contoso.com)", "id-chloe"), new Choice("Inès Moreau (ines@contoso.com)", "id-ines")],
            ["id-chloe", "id-ines"],
            [new Choice("Paris, FR (free: 3)", "FR|Paris"), new Choice("Lyon, FR (free: 1)", "FR|Lyon")],
            [new Choice("Contoso, Paris — Default", "loc-1")],
            language));
        yield return ("BulkNumbersMany", BulkNumbersCard.Build(
            Enumerable.Range(1, 500).Select(i => new Choice($"Person number {i} of Contoso Pharmaceuticals (person{i}@contoso-pharmaceuticals.example)", Guid.NewGuid().ToString("D"))).ToArray(),
            Enumerable.Range(1, 20).Select(i => Guid.NewGuid().ToString("D")).ToArray(),
            Enumerable.Range(1, 300).Select(i => new Choice($"City number {i}, FR (free: {i})", $"FR|City {i}")).ToArray(),
            Enumerable.Range(1, 300).Select(i => new Choice($"Contoso Pharmaceuticals {i}, City {i} — Floor {i}", $"loc-{i}")).ToArray(),
            language));
    }
}
