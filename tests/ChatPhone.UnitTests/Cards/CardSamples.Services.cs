using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.Services;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Setup;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Setup;

namespace ChatPhone.UnitTests.Cards;

/// <summary>The tenant summary, the conferencing bridge and the credits account cards: typical and oversized data.</summary>
internal static partial class CardSamples
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> ServiceSamples(Language language)
    {
        yield return ("TenantSummary", TenantSummaryCard.Build(TenantSummaryFlow.View(Summary(problems: 4, names: 1), "Contoso", language), language));
        yield return ("TenantSummaryAllGood", TenantSummaryCard.Build(TenantSummaryFlow.View(new TenantSummary(), "Contoso", language), language));
        yield return ("TenantSummaryMany", TenantSummaryCard.Build(TenantSummaryFlow.View(Summary(problems: 6, names: TenantSummaryService.MaxNamesPerProblem), new string('C', 200), language), language));

        var state = Bridge(40);
        var settings = ConferencingSettings.Defaults with { PinLength = 12, Invite = LongInvite };
        var free = Enumerable.Range(1, 200).Select(i => new PhoneNumber($"+1206556{i:0000}", "US", "WA", "Seattle", NumberType.ConferenceToll, NumberSource.Acquired, Now)).ToArray();
        yield return ("BridgeEditForm", BridgeForm.Form(state.Bridge, settings, Organizers(300), free, language));
        yield return ("BridgeDetail", DetailCard.Build(new DetailSummary("Conferencing bridge " + state.Bridge.Name, BridgeView.Facts(state, settings, Organizers(300), language),
            [ObjectButtons.Create("Edit", IntentKind.ChangeObject, ObjectKind.ConferenceBridge, state.Bridge.Id)]), language));

        var account = new CreditsView(Now, 9_999.99m, 12.5m, true, [], new AutoRecharge(50, 100), PaymentMethod.EnterpriseAgreement("EA-12345678", "PO-2026-0001"));
        yield return ("CreditsEditForm", CreditsEdit.Form(account, language));
        yield return ("CreditsDetail", DetailCard.Build(new DetailSummary("Communications credits", CreditsEdit.Facts(account, language),
            [ObjectButtons.Create("Edit", IntentKind.ChangeObject, ObjectKind.Credits, "credits")]) { Notes = ["The balance is empty."] }, language));

        foreach (var sample in ConferencingSamples(language))
        {
            yield return sample;
        }
    }

    // Counts everywhere, and problems naming people with long names.
    private static TenantSummary Summary(int problems, int names) => new()
    {
        People = 5000,
        LicensesBought = 10_000,
        LicensesAssigned = 9_876,
        Numbers = Enum.GetValues<PstnAssignmentStatus>().ToDictionary(s => s, s => 1000 + (int)s),
        Addresses = (300, 250),
        CallQueues = 120,
        AutoAttendants = 80,
        ResourceAccounts = 200,
        BridgeNumbers = 40,
        CreditsBalance = 1234.56m,
        AutoRecharge = true,
        OpenTickets = 17,
        OpenPortOrders = 3,
        Problems = Enum.GetValues<TenantProblemKind>().Take(problems)
            .Select(k => new TenantProblem(k, 999, Enumerable.Range(1, names).Select(i => $"Person number {i} of Contoso Pharmaceuticals {new string('x', 40)}").ToArray()))
            .ToArray(),
    };

    private static BridgeState Bridge(int count)
    {
        var numbers = Enumerable.Range(1, count).Select(i => new BridgeNumber($"+1312555{i:0000}", i % 3 == 0 ? NumberType.ConferenceTollFree : NumberType.ConferenceToll, i % 2 == 0,
            "Chicago Illinois Metropolitan Area", new NumberLanguages("en-US", ["fr-FR", "es-ES", "de-DE", "ja-JP"]))).ToArray();
        var bridge = new ConferenceBridge("bridge-1", new string('B', 64), "US", numbers, numbers[0].Number, Now);
        return new BridgeState(bridge, numbers.Select((n, i) => new BridgeNumberState(n, i == 0, i)).ToArray());
    }
}
