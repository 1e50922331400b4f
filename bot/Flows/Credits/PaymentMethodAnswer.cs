using System.Globalization;
using System.Text.RegularExpressions;
using ChatPhone.Core.Common;
using ChatPhone.Core.Credits;

namespace ChatPhone.Bot.Flows.Credits;

/// <summary>
/// Reads a payment method from a chat answer: a card's last four digits and expiry ("4242 12/2030") or an
/// Enterprise Agreement number ("EA 12345678, PO 4500"). A full card number is refused and never repeated.
/// </summary>
public static partial class PaymentMethodAnswer
{
    /// <summary>The payment method in <paramref name="text"/>, or why it can't be read.</summary>
    public static Result<PaymentMethod> Parse(string text)
    {
        if (LongDigits().IsMatch(text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)))
        {
            return new Error("credits.full_card_number");
        }

        if (Agreement().Match(text) is { Success: true } agreement)
        {
            var purchaseOrder = agreement.Groups["po"].Success ? agreement.Groups["po"].Value : null;
            return PaymentMethod.EnterpriseAgreement(agreement.Groups["ea"].Value, purchaseOrder);
        }

        if (Card().Match(text) is { Success: true } card)
        {
            var year = int.Parse(card.Groups["year"].Value, CultureInfo.InvariantCulture);
            return PaymentMethod.Card(
                card.Groups["last4"].Value,
                year < 100 ? 2000 + year : year,
                int.Parse(card.Groups["month"].Value, CultureInfo.InvariantCulture));
        }

        return new Error("credits.invalid_payment_method");
    }

    [GeneratedRegex(@"\d{13,}", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex LongDigits();

    [GeneratedRegex(@"\b(?:EA|enterprise agreement|contrat(?: d'entreprise| entreprise)?)\s*(?:n°|no|#)?\s*(?<ea>[A-Za-z0-9-]{4,20})(?:.*?\b(?:PO|BC|bon de commande)\s*(?:n°|no|#)?\s*(?<po>[A-Za-z0-9-]{1,30}))?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"(?<!\d)(?<last4>\d{4})(?!\d)\D+(?<month>\d{1,2})\s*/\s*(?<year>\d{2}|\d{4})(?!\d)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Card();
}
