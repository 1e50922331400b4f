using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Cards;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.Bot.Flows.Objects.Numbers;

/// <summary>
/// A port order on its detail card: every wizard field with its secrets masked (whoever reads the card: an account number
/// and a PIN together would let anyone move the numbers away), the numbers, and the status timeline. Also reads the date
/// a change sentence gives ("move the transfer of … to 2027-01-15", "au 15/01/2027").
/// </summary>
internal static partial class PortOrderDetails
{
    /// <summary>The facts of <paramref name="order"/>, masked.</summary>
    public static IReadOnlyList<Fact> Facts(PortOrder order, Language language)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);
        var culture = language.Culture();
        var masked = order.Masked();
        var d = masked.Details;
        var facts = new List<Fact>
        {
            new(T("NumObj_OrderId"), order.Id),
            new(T("NumObj_OrderStatus"), Status(order.Status, language)),
            new(T("NumObj_PortNumbers"), string.Join(", ", order.Numbers)),
            new(T("NumObj_PortKind"), T("NumObj_PortKind_" + order.Kind)),
            new(T("NumObj_PortType"), T("NumObj_PortType_" + d.PortType)),
            new(T("NumObj_PortCarrier"), d.LosingCarrier),
            new(T("NumObj_PortAccount"), d.AccountNumber),
            new(T("NumObj_PortPin"), d.PinToUnblock ?? T("NumObj_None")),
            new(T("NumObj_PortBtn"), d.BillingTelephoneNumber),
            new(T("NumObj_PortCompany"), d.CompanyName),
            new(T("NumObj_PortAuthorizer"), d.AuthorizingPerson),
            new(T("NumObj_PortAddress"), string.Join(", ", new[] { d.ServiceAddress, d.City, d.State, d.Zip }.Where(p => !string.IsNullOrWhiteSpace(p)))),
            new(T("NumObj_PortRequested"), T("NumObj_PortAt", d.TransferDate.ToString("d", culture), d.StartTime.ToString("t", culture))),
            new(T("NumObj_PortFoc"), order.FocDate is { } foc ? foc.ToString("g", culture) : T("NumObj_PortFocNone")),
            new(T("NumObj_PortSubmitted"), order.SubmittedAt.ToString("g", culture)),
            new(T("NumObj_PortNotify"), d.OtherPeopleToNotify.Count == 0 ? T("NumObj_None") : string.Join(", ", d.OtherPeopleToNotify)),
        };
        if (order.Rejection is { } rejection)
        {
            facts.Add(new(T("NumObj_PortRejection"), rejection.Describe(language)));
        }

        facts.AddRange(order.History.Select(h => new Fact(h.At.ToString("g", culture), Status(h.Status, language))));
        return facts;
    }

    /// <summary>The status in words ("transfer approved").</summary>
    public static string Status(PortOrderStatus status, Language language) => CardText.Get(language, "PortOrders_Status_" + status);

    /// <summary>What the admin may still do, as a note for the card.</summary>
    public static string Allowed(PortOrder order, Language language) =>
        BotText.Get(language, "NumObj_PortAllowed_" + order.Permissions.Edit, Status(order.Status, language))
        + (order.Permissions.Cancel ? " " + BotText.Get(language, "NumObj_PortCanCancel") : string.Empty);

    /// <summary>A short fingerprint of where the order stands, kept with a plan or a form.</summary>
    public static string Seen(PortOrder order) =>
        string.Create(CultureInfo.InvariantCulture, $"{order.Status}:{order.History.Count}:{order.FocDate?.UtcTicks}:{order.Details.TransferDate:yyyy-MM-dd}");

    /// <summary>The date <paramref name="text"/> gives: ISO (2027-01-15), or day/month/year in French and month/day/year in English.</summary>
    public static DateOnly? Date(string text, Language language)
    {
        if (IsoDate().Match(text) is { Success: true } iso
            && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (SlashDate().Match(text) is { Success: true } slash)
        {
            var format = language == Language.French ? "d/M/yyyy" : "M/d/yyyy";
            return DateOnly.TryParseExact(slash.Value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var other) ? other : null;
        }

        return null;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{4}\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SlashDate();
}
