using ChatPhone.Bot.Flows.Credits;
using ChatPhone.Core.Credits;

namespace ChatPhone.UnitTests.Bot.Flows;

public sealed class PaymentMethodAnswerTests
{
    [Theory]
    [InlineData("4242 12/2030", "4242", 2030, 12)]
    [InlineData("carte 1234 expire 03/29", "1234", 2029, 3)]
    public void Parse_ACardsLastDigitsAndExpiry(string text, string last4, int year, int month)
    {
        var method = PaymentMethodAnswer.Parse(text).Value;

        Assert.Equal((PaymentMethodKind.Card, last4, year, month), (method.Kind, method.CardLast4, method.CardExpiryYear, method.CardExpiryMonth));
    }

    [Fact]
    public void Parse_AnEnterpriseAgreementWithItsPurchaseOrder()
    {
        var method = PaymentMethodAnswer.Parse("EA 87654321, PO 4500").Value;

        Assert.Equal((PaymentMethodKind.EnterpriseAgreement, "87654321", "4500"), (method.Kind, method.AgreementNumber, method.PurchaseOrder));
    }

    [Theory]
    [InlineData("4242 4242 4242 4242 12/2030")]
    [InlineData("4242-4242-4242-4242")]
    public void Parse_AFullCardNumber_IsRefused(string text) =>
        Assert.Equal("credits.full_card_number", PaymentMethodAnswer.Parse(text).Error?.Code);

    [Fact]
    public void Parse_NothingRecognisable_IsInvalid() =>
        Assert.Equal("credits.invalid_payment_method", PaymentMethodAnswer.Parse("my usual card").Error?.Code);
}
