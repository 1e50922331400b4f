using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.UnitTests.Core.Numbers.Porting;

/// <summary>A valid port request and numbers to build variations from.</summary>
internal static class PortSamples
{
    public const string Btn = "+14252000000";

    public static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary><paramref name="count"/> distinct valid US numbers, the BTN first.</summary>
    public static PortLine[] Numbers(int count) =>
        Enumerable.Range(0, count).Select(i => new PortLine("+1425200" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    public static PortRequest Request(params PortLine[] numbers) => new(
        AccountNumber: "ACC-1",
        BillingTelephoneNumber: Btn,
        CompanyName: "Contoso",
        AuthorizingPerson: "Megan Bowen",
        ServiceAddress: "1 Microsoft Way",
        City: "Redmond",
        State: "WA",
        Zip: "98052",
        Numbers: numbers.Length == 0 ? Numbers(2) : numbers,
        PortType: PortType.Full,
        TransferDate: new DateOnly(2026, 3, 20),
        StartTime: new TimeOnly(9, 0),
        LoaSignature: "Megan Bowen",
        LoaAccepted: true,
        LosingCarrier: "Fabrikam Telecom",
        NumberType: NumberType.UserSubscriber);
}
