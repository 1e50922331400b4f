using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.Numbers;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Common;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Microsoft365;
using ChatPhone.Cards.Numbers;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.UnitTests.Cards;

/// <summary>The phone number, number order and port order cards: lists, details and forms, with typical and oversized data.</summary>
internal static partial class CardSamples
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> NumberObjectSamples(Language language)
    {
        CardAction Show(ObjectKind kind, string id) => ObjectButtons.Create("Show", IntentKind.ShowObject, kind, id);
        var rows = Enumerable.Range(0, ListPages.Size)
            .Select(i => new ListedObject($"• +3318488{i:0000} — Issy-les-Moulineaux, France ({LongName} <b>*{i}*</b>)", Show(ObjectKind.PhoneNumber, $"+3318488{i:0000}")))
            .ToArray();
        yield return ("PhoneNumbersPage", ObjectListCard.Build("Numbers that match (980): unassigned, toll-free, France, Paris", rows, "…and 960 more."));
        yield return ("NumberSyncOutcome", NumberSyncCard.Build(
            new NumberSyncOutcome(180, 120, 40, 3, 12, Enumerable.Range(0, 40)
                .Select(i => new NumberSyncProblem($"+3318488{i:0000}", new Error("number.sync_unlicensed", $"+3318488{i:0000}", $"{LongName} <b>*{i}*</b>"))).ToArray()),
            LongName, language));
        yield return ("NumberOrdersSections", ObjectListCard.Build("Number orders and requests",
        [
            new ListedSection("Manual requests", rows.Take(NumberOrderHandler.PageSize).ToArray(), "…and 300 more."),
            new ListedSection("Searches at the carrier", rows.Take(NumberOrderHandler.PageSize).ToArray(), "…and 300 more."),
        ]));

        var book = NumberBookSample();
        var assigned = book.Numbers[0];
        yield return ("PhoneNumberDetail", DetailCard.Build(new DetailSummary("Phone number +33 1 84 88 00 01", PhoneNumberDetails.Facts(assigned, book, language, Now),
            [ObjectButtons.Create("Change location", IntentKind.ChangeObject, ObjectKind.PhoneNumber, assigned.Number), ObjectButtons.Create("Release", IntentKind.RemoveObject, ObjectKind.PhoneNumber, assigned.Number)])
        {
            Notes = [PhoneNumberDetails.ReleaseBlocker(assigned, book, language)!],
        }, language));
        yield return ("PhoneNumberLocationForm", PhoneNumberForms.Location("+33184880001",
            Enumerable.Range(1, 300).Select(i => new Choice($"Floor {i} — {LongName}, 10 rue de Rivoli, Paris, 75001, FR", $"loc-{i}")).ToArray(), "loc-2", language));
        yield return ("PhoneNumberAssignForm", PhoneNumberForms.Assign("+33184880001",
            Enumerable.Range(1, 300).Select(i => new Choice($"Person number {i} of Contoso Pharmaceuticals (person{i}@contoso-pharmaceuticals.example)", Guid.NewGuid().ToString("D"))).ToArray(), language));

        var port = PortSample();
        yield return ("PortOrderDetail", DetailCard.Build(new DetailSummary("Port order " + port.Id, PortOrderDetails.Facts(port, language),
            [ObjectButtons.Create("Edit", IntentKind.ChangeObject, ObjectKind.PortOrder, port.Id)]) { Notes = [PortOrderDetails.Allowed(port, language)] }, language));
        yield return ("PortOrderDateForm", PortOrderHandler.PortDateForm(port, "FOC date", new DateOnly(2027, 1, 13), language));
        yield return ("NumberOrderDetail", DetailCard.Build(new DetailSummary("Number order", NumberOrderDetails.Facts(new NumberOrder("ord-1", "FR", NumberType.UserSubscriber, 400,
            new ChatPhone.Core.Numbers.Carrier.NumberPlace(City: "Paris"), null, OrderStatus.Reserved, OrderErrorCode.NoError,
            Enumerable.Range(0, 400).Select(i => new OrderedNumber($"+3318488{i:0000}", null, "Paris")).ToArray(), Now, "admin-1", Now.AddMinutes(30)), language), []), language));
    }

    // A tenant's numbers where the first is held by a person, has a location, and is part of a port in progress.
    private static NumberBook NumberBookSample()
    {
        var address = new CivicAddress("addr-1", "Contoso", "FR", "10", null, null, "rue de Rivoli", null, null, "Paris", null, null, "75001",
            "48.86", "2.33", "Contoso Paris", null, null, ValidationStatus.Validated, [], [new EmergencyLocation("loc-1", "3rd floor " + LongName, null, true)], Now);
        var number = new PhoneNumber("+33184880001", "FR", null, "Paris", NumberType.UserSubscriber, NumberSource.Ported, Now,
            new NumberAssignment(AssignmentTarget.User, "u-1", AssignmentCategory.Primary, Now), "loc-1", Now.AddDays(3));
        return new NumberBook([number], new Dictionary<string, string> { ["u-1"] = "Lucas Martin " + LongName }, [address], [PortSample() with { Numbers = [number.Number] }], []);
    }

    private static PortOrder PortSample()
    {
        var details = new PortDetails("98765432", "+12065550159", "7319", "Contoso Pharmaceutica", "Megan Bowen", "1 Microsoft Way " + LongName, "Redmond", "WA", "98052",
            PortType.Partial, new DateOnly(2027, 1, 6), new TimeOnly(9, 0), "Megan Bowen", "Lumen", Enumerable.Range(1, 20).Select(i => $"person{i}@contoso.com").ToArray());
        return new PortOrder("port-1", PortOrderStatus.TransferApproved, details, Enumerable.Range(0, 999).Select(i => $"+1206555{i:0000}").ToArray(), PortNumberKind.Local,
            null, Now, Now.AddDays(10), null, Enumerable.Range(0, 4).Select(i => new PortStatusChange((PortOrderStatus)i, Now.AddDays(i))).ToArray());
    }
}
