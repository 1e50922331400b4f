using ChatPhone.Core.Common;

namespace ChatPhone.Core.Credits;

/// <summary>How Communications Credits are paid for.</summary>
public enum PaymentMethodKind
{
    /// <summary>A credit card; only its last four digits and expiry are kept.</summary>
    Card,

    /// <summary>An Enterprise Agreement, optionally with a purchase order.</summary>
    EnterpriseAgreement,
}

/// <summary>
/// The payment method of the credits account: a card (last four digits and expiry only; a full card
/// number is refused and never stored) or an Enterprise Agreement number with an optional PO number.
/// Build one with <see cref="Card"/> or <see cref="EnterpriseAgreement"/>, then <see cref="Validate"/> it.
/// </summary>
public sealed record PaymentMethod(
    PaymentMethodKind Kind,
    string? CardLast4 = null,
    int? CardExpiryYear = null,
    int? CardExpiryMonth = null,
    string? AgreementNumber = null,
    string? PurchaseOrder = null)
{
    private const int MaxAgreementLength = 20;
    private const int MaxPurchaseOrderLength = 40;

    /// <summary>A card, by its last four digits and expiry month.</summary>
    public static PaymentMethod Card(string last4, int expiryYear, int expiryMonth) =>
        new(PaymentMethodKind.Card, last4, expiryYear, expiryMonth);

    /// <summary>An Enterprise Agreement, with an optional purchase order number.</summary>
    public static PaymentMethod EnterpriseAgreement(string agreementNumber, string? purchaseOrder = null) =>
        new(PaymentMethodKind.EnterpriseAgreement, AgreementNumber: agreementNumber, PurchaseOrder: purchaseOrder);

    /// <summary>True when a card is past the end of its expiry month at <paramref name="now"/>; an agreement never expires.</summary>
    public bool IsExpired(DateTimeOffset now) =>
        Kind == PaymentMethodKind.Card && CardExpiryYear is { } year && CardExpiryMonth is { } month
        && now >= new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);

    /// <summary>Checks the method and returns it trimmed, with only the fields of its kind.</summary>
    public Result<PaymentMethod> Validate(DateTimeOffset now) => Kind switch
    {
        PaymentMethodKind.Card => ValidateCard(now),
        PaymentMethodKind.EnterpriseAgreement => ValidateAgreement(),
        _ => new Error("credits.invalid_payment_method"),
    };

    /// <summary>Whether funds can be charged to <paramref name="method"/> at <paramref name="now"/>.</summary>
    public static Error? ChargeError(PaymentMethod? method, DateTimeOffset now) =>
        method is null ? new Error("credits.no_payment_method")
        : method.IsExpired(now) ? new Error("credits.card_expired", method.ExpiryText)
        : null;

    private string ExpiryText => $"{CardExpiryMonth:00}/{CardExpiryYear}";

    private Result<PaymentMethod> ValidateCard(DateTimeOffset now)
    {
        var digits = (CardLast4 ?? string.Empty).Trim();
        if (LooksLikeCardNumber(digits))
        {
            return new Error("credits.full_card_number");
        }

        if (digits.Length != 4 || !digits.All(char.IsAsciiDigit))
        {
            return new Error("credits.invalid_card_last4");
        }

        if (CardExpiryMonth is not (>= 1 and <= 12) || CardExpiryYear is not (>= 2000 and <= 2100))
        {
            return new Error("credits.invalid_card_expiry");
        }

        var card = new PaymentMethod(PaymentMethodKind.Card, digits, CardExpiryYear, CardExpiryMonth);
        return card.IsExpired(now) ? new Error("credits.card_expired", card.ExpiryText) : card;
    }

    private Result<PaymentMethod> ValidateAgreement()
    {
        var agreement = (AgreementNumber ?? string.Empty).Trim();
        var order = string.IsNullOrWhiteSpace(PurchaseOrder) ? null : PurchaseOrder.Trim();
        if (LooksLikeCardNumber(agreement) || (order is not null && LooksLikeCardNumber(order)))
        {
            return new Error("credits.full_card_number");
        }

        if (agreement.Length is < 4 or > MaxAgreementLength || !agreement.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return new Error("credits.invalid_agreement_number", agreement.Length > MaxAgreementLength ? agreement[..MaxAgreementLength] + "…" : agreement);
        }

        if (order is not null && (order.Length > MaxPurchaseOrderLength || order.Any(char.IsControl)))
        {
            return new Error("credits.invalid_purchase_order", MaxPurchaseOrderLength);
        }

        return new PaymentMethod(PaymentMethodKind.EnterpriseAgreement, AgreementNumber: agreement, PurchaseOrder: order);
    }

    // 13 to 19 digits (spaces and dashes allowed between them) passing the Luhn check: a card number,
    // which must never be stored, logged or echoed.
    private static bool LooksLikeCardNumber(string text)
    {
        if (!text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-'))
        {
            return false;
        }

        var digits = text.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length is < 13 or > 19)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[^(i + 1)];
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }

        return sum % 10 == 0;
    }
}
