using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;

namespace ChatPhone.Cards.Forms;

public static partial class StepForms
{
    /// <summary>The licenses a phone system is set up with, in the order the guide buys them.</summary>
    public static readonly IReadOnlyList<Sku> PhoneSkus =
        [Sku.PhoneSystem, Sku.DomesticCallingPlan, Sku.InternationalCallingPlan, Sku.AudioConferencing, Sku.CommunicationsCredits, Sku.E5];

    /// <summary>
    /// The licenses the form can buy: the phone licenses and the free Teams Phone Resource Account license, which is bought as
    /// itself (resource accounts take it; people never hold it, so it is not offered for assignment).
    /// </summary>
    public static readonly IReadOnlyList<Sku> BuySkus = [.. PhoneSkus, Sku.ResourceAccount];

    /// <summary>Step 2: buy licenses (a license and a quantity), or give licenses to people; <paramref name="buy"/> is preselected (Phone System when null).</summary>
    public static AdaptiveCard Licenses(IReadOnlyList<Option> people, Language language, Sku? buy = null)
    {
        var skus = PhoneSkus.Select(s => new Option(SkuText.Name(s, language), s.ToString())).ToArray();
        var buyable = BuySkus.Select(s => new Option(SkuText.Name(s, language), s.ToString())).ToArray();
        var preselected = buy is { } named && BuySkus.Contains(named) ? named : Sku.PhoneSystem;
        return Card(T(language, "Form_Licenses_Title"), T(language, "Form_Licenses_Intro"),
        [
            Section(T(language, "Form_Licenses_Buy"),
            [
                Picker("buy", FormFields.Sku, T(language, "Form_License"), buyable) with { Selected = [preselected.ToString()] },
                new InputNumber(SubmitFormPayload.InputId("buy", FormFields.Quantity), T(language, "Form_Quantity")) { Value = 10, Min = 1, Max = 10_000 },
            ], Submit(T(language, "Form_Licenses_BuyButton"), "BuyLicenses", "buy")),
            Section(T(language, "Form_Licenses_Assign"),
            [
                Picker("assign", FormFields.People, T(language, "Form_People"), people, multiple: true),
                Picker("assign", FormFields.Skus, T(language, "Form_Licenses"), skus, multiple: true) with
                {
                    Style = ChoiceSetStyle.Expanded,
                    Selected = [nameof(Sku.PhoneSystem), nameof(Sku.DomesticCallingPlan)],
                },
            ], Submit(T(language, "Form_Licenses_AssignButton"), "AssignLicensesBulk", "assign"), separator: true),
        ]);
    }
}
