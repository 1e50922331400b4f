using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Cards.Licensing;

/// <summary>
/// One person's licenses: who they are (usage location, department), then each license on its own row with its Remove button
/// when the reader may remove it (the flow gives the buttons, already gated by the reader's role).
/// </summary>
public static class PersonLicensesCard
{
    /// <summary>Builds the card; <paramref name="removeButtons"/> holds the Remove button of each license that has one.</summary>
    public static AdaptiveCard Build(Person person, IReadOnlyList<Sku> skus, IReadOnlyDictionary<Sku, CardAction> removeButtons, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);
        var body = new List<CardElement>
        {
            new TextBlock(T("LicObj_PersonTitle", CardLists.Clip(person.DisplayName, 80))) { Size = TextSize.Medium, Bolder = true },
            new FactSet(
            [
                new Fact(T("LicObj_Upn"), CardLists.Clip(person.Upn, 120)),
                new Fact(T("LicObj_UsageLocation"), person.UsageLocation.Length > 0 ? person.UsageLocation : "—"),
                new Fact(T("LicObj_Department"), person.Department.Length > 0 ? CardLists.Clip(person.Department, 80) : "—"),
            ]),
        };
        if (skus.Count == 0)
        {
            body.Add(new TextBlock(T("LicObj_PersonNone", CardLists.Clip(person.DisplayName, 80))));
        }

        foreach (var sku in skus)
        {
            var name = new Column([new TextBlock("• " + SkuText.Name(sku, language))]);
            body.Add(removeButtons.TryGetValue(sku, out var remove)
                ? new ColumnSet([name, new Column([new ActionSet([remove])]) { Width = ColumnWidth.Auto }])
                : new ColumnSet([name]));
        }

        return new AdaptiveCard(body, []);
    }
}
