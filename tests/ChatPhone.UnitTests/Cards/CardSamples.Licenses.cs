using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.Licenses;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Licensing;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Licensing;
using CardFact = ChatPhone.Cards.AdaptiveCards.Fact;

namespace ChatPhone.UnitTests.Cards;

/// <summary>The license object cards: the subscriptions with problems, a subscription's detail and edit form, a person's licenses, people by license.</summary>
internal static partial class CardSamples
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> LicenseSamples(Language language)
    {
        Subscription[] subscriptions = [new(Sku.PhoneSystem, 10, 10), new(Sku.DomesticCallingPlan, 3, 5), new(Sku.AudioConferencing, 20, 4)];
        var show = subscriptions.Select(s => ObjectButtons.Create(SkuText.Name(s.Sku, language), IntentKind.ShowObject, ObjectKind.Subscription, s.Sku.ToString())).ToArray();
        yield return ("SubscriptionsWithProblems", SubscriptionsCard.Build(subscriptions, language, show));
        yield return ("SubscriptionsEveryKind", SubscriptionsCard.Build(Enum.GetValues<Sku>().Select(s => new Subscription(s, 100_000, 99_999)).ToArray(), language,
            Enum.GetValues<Sku>().Select(s => ObjectButtons.Create(SkuText.Name(s, language), IntentKind.ShowObject, ObjectKind.Subscription, s.ToString())).ToArray()));
        yield return ("SubscriptionEditForm", SubscriptionEditForm.Build(new Subscription(Sku.InternationalCallingPlan, 100_000, 4_321), language));
        var holders = Enumerable.Range(1, 5000).Select(i => LicensedPerson(i)).ToArray();
        yield return ("SubscriptionDetailManyHolders", DetailCard.Build(new DetailSummary("License Teams Phone Standard (MCOEV)",
            [new CardFact("Bought", "5,000"), new CardFact("Assigned", "5,000"), new CardFact("Who has it", SubscriptionHandler.Names(holders, language))],
            [ObjectButtons.Create("Buy more", IntentKind.ChangeObject, ObjectKind.Subscription, "PhoneSystem"), ObjectButtons.Create("Remove", IntentKind.RemoveObject, ObjectKind.Subscription, "PhoneSystem")])
        {
            Notes = ["Teams Phone Standard (MCOEV): none free."],
        }, language));
        var remove = Enum.GetValues<Sku>().ToDictionary(s => s, s => new CardAction("Remove", RemovePersonLicensePayload.Verb, CardPayloads.Write(new RemovePersonLicensePayload("user-1", s.ToString()))));
        yield return ("PersonLicenses", PersonLicensesCard.Build(LicensedPerson(1), Enum.GetValues<Sku>(), remove, language));
        yield return ("PersonLicensesReadOnly", PersonLicensesCard.Build(LicensedPerson(2), [Sku.PhoneSystem, Sku.DomesticCallingPlan], new Dictionary<Sku, CardAction>(), language));
        yield return ("PersonLicensesNone", PersonLicensesCard.Build(LicensedPerson(3) with { Department = string.Empty, UsageLocation = string.Empty }, [], new Dictionary<Sku, CardAction>(), language));
        yield return ("LicenseHolders", LicenseHoldersCard.Build("People without Domestic Calling Plan (MCOPSTN1)", [("Alex Wilber", "alex@contoso.com", "US", "Sales")], language));
        yield return ("LicenseHoldersMany", LicenseHoldersCard.Build(new string('T', 500),
            holders.Select(p => (p.DisplayName, p.Upn, p.UsageLocation, p.Department)).ToArray(), language));
    }

    private static Person LicensedPerson(int i) => new(
        $"user-{i}", $"person.number.{i}.with.a.long.name@contoso-pharmaceuticals.example", $"Person number {i} of Contoso Pharmaceuticals *bold*",
        "FR", "Research and Development <b>Europe</b>", Role.User);
}
