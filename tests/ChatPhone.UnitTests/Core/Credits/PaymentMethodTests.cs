using ChatPhone.Core.Credits;

namespace ChatPhone.UnitTests.Core.Credits;

public sealed class PaymentMethodTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 15, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Card_WithLastFourDigits_IsKeptTrimmed()
    {
        var card = PaymentMethod.Card(" 4242 ", 2027, 8).Validate(Now).Value;

        Assert.Equal(new PaymentMethod(PaymentMethodKind.Card, "4242", 2027, 8), card);
    }

    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("4242 4242 4242 4242")]
    [InlineData("4242-4242-4242-4242")]
    [InlineData("378282246310005")]
    public void Card_FullCardNumber_IsRefusedWithoutEchoingIt(string number)
    {
        var error = PaymentMethod.Card(number, 2027, 8).Validate(Now).Error!;

        Assert.Equal("credits.full_card_number", error.Code);
        Assert.Empty(error.Args);
    }

    [Theory]
    [InlineData("424")]
    [InlineData("42424")]
    [InlineData("42a2")]
    [InlineData("")]
    [InlineData("4242424242424241")]
    public void Card_NotFourDigits_IsRefused(string digits)
    {
        var error = PaymentMethod.Card(digits, 2027, 8).Validate(Now).Error!;

        Assert.Equal("credits.invalid_card_last4", error.Code);
        Assert.Empty(error.Args);
    }

    [Theory]
    [InlineData(2027, 0)]
    [InlineData(2027, 13)]
    [InlineData(1999, 5)]
    [InlineData(2101, 5)]
    public void Card_ImpossibleExpiry_IsRefused(int year, int month) =>
        Assert.Equal("credits.invalid_card_expiry", PaymentMethod.Card("4242", year, month).Validate(Now).Error?.Code);

    [Fact]
    public void Card_ValidThroughTheEndOfItsExpiryMonth()
    {
        var card = PaymentMethod.Card("4242", 2026, 8);

        Assert.True(card.Validate(Now).IsSuccess);
        Assert.False(card.IsExpired(new DateTimeOffset(2026, 8, 31, 23, 59, 59, TimeSpan.Zero)));
        Assert.True(card.IsExpired(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Card_Expired_IsRefused()
    {
        var error = PaymentMethod.Card("4242", 2026, 7).Validate(Now).Error!;

        Assert.Equal(("credits.card_expired", "07/2026"), (error.Code, error.Args[0]));
    }

    [Fact]
    public void EnterpriseAgreement_WithPurchaseOrder_IsKept()
    {
        var method = PaymentMethod.EnterpriseAgreement(" 12345678 ", " PO-2026-17 ").Validate(Now).Value;

        Assert.Equal(new PaymentMethod(PaymentMethodKind.EnterpriseAgreement, AgreementNumber: "12345678", PurchaseOrder: "PO-2026-17"), method);
        Assert.False(method.IsExpired(Now.AddYears(50)));
    }

    [Fact]
    public void EnterpriseAgreement_BlankPurchaseOrder_IsDropped() =>
        Assert.Null(PaymentMethod.EnterpriseAgreement("12345678", "  ").Validate(Now).Value.PurchaseOrder);

    [Theory]
    [InlineData("123")]
    [InlineData("123456789012345678901")]
    [InlineData("12 34")]
    [InlineData("")]
    public void EnterpriseAgreement_BadNumber_IsRefused(string number) =>
        Assert.Equal("credits.invalid_agreement_number", PaymentMethod.EnterpriseAgreement(number).Validate(Now).Error?.Code);

    [Fact]
    public void EnterpriseAgreement_NumberOfFourAndTwentyCharacters_IsAccepted()
    {
        Assert.True(PaymentMethod.EnterpriseAgreement("1234").Validate(Now).IsSuccess);
        Assert.True(PaymentMethod.EnterpriseAgreement("12345678901234567890").Validate(Now).IsSuccess);
    }

    [Fact]
    public void EnterpriseAgreement_CardNumberInThePurchaseOrder_IsRefused() =>
        Assert.Equal("credits.full_card_number", PaymentMethod.EnterpriseAgreement("12345678", "4242424242424242").Validate(Now).Error?.Code);

    [Fact]
    public void EnterpriseAgreement_PurchaseOrderOverFortyCharacters_IsRefused()
    {
        Assert.True(PaymentMethod.EnterpriseAgreement("12345678", new string('P', 40)).Validate(Now).IsSuccess);
        Assert.Equal("credits.invalid_purchase_order", PaymentMethod.EnterpriseAgreement("12345678", new string('P', 41)).Validate(Now).Error?.Code);
    }

    [Fact]
    public void ChargeError_NoMethod_OrExpiredCard()
    {
        Assert.Equal("credits.no_payment_method", PaymentMethod.ChargeError(null, Now)?.Code);
        Assert.Equal("credits.card_expired", PaymentMethod.ChargeError(PaymentMethod.Card("4242", 2026, 7), Now)?.Code);
        Assert.Null(PaymentMethod.ChargeError(PaymentMethod.Card("4242", 2026, 8), Now));
    }
}
