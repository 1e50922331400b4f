using System.Reflection;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;

namespace ChatPhone.UnitTests.Bot.Flows;

/// <summary>A step form's data comes from the client: every field is checked before it becomes a slot.</summary>
public sealed class FormFieldRulesTests
{
    [Fact]
    public void EveryFormField_HasARule()
    {
        var fields = typeof(FormFields).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Empty(fields.Except(FormFieldRules.Known));
    }

    [Theory]
    [InlineData("quantity", "5", "quantity", "5")]
    [InlineData("skus", "PhoneSystem, DomesticCallingPlan", "skus", "PhoneSystem,DomesticCallingPlan")]
    [InlineData("country", "fr", "country", "FR")]
    [InlineData("phoneNumber", "+1 206 555 0100", "phoneNumber", "+12065550100")]
    [InlineData("days", "Monday,Tuesday", "days", "Monday,Tuesday")]
    [InlineData("open", "08:30", "open", "08:30")]
    [InlineData("amount", "49.90", "amount", "49.90")]
    [InlineData("people", "alex@contoso.com, sam@contoso.com", "people", "alex@contoso.com,sam@contoso.com")]
    public void AcceptableValues_FillTheirSlot(string field, string value, string slot, string expected)
    {
        var slots = FormFieldRules.Slots(field, value);

        Assert.NotNull(slots);
        Assert.Equal(expected, slots[slot]);
    }

    [Fact]
    public void APlace_FillsCountryStateAndCity()
    {
        var slots = FormFieldRules.Slots(FormFields.Place, "US/WA/Seattle");

        Assert.NotNull(slots);
        Assert.Equal(("US", "WA", "Seattle"), (slots[SlotNames.Country], slots[SlotNames.State], slots[SlotNames.City]));
    }

    [Theory]
    [InlineData("quantity", "0")]
    [InlineData("quantity", "1e9")]
    [InlineData("quantity", "99999999999999999999")]
    [InlineData("sku", "PhoneSystem,E5")]
    [InlineData("skus", "0")]
    [InlineData("skus", "Root")]
    [InlineData("country", "France")]
    [InlineData("place", "US/WA/Atlantis")]
    [InlineData("numberType", "42")]
    [InlineData("phoneNumber", "call me")]
    [InlineData("routingMethod", "Random")]
    [InlineData("open", "9am")]
    [InlineData("close", "25:00")]
    [InlineData("days", "Funday")]
    [InlineData("resourceType", "Printer")]
    [InlineData("amount", "-5")]
    [InlineData("amount", "1000000")]
    [InlineData("person", "alex@contoso.com,sam@contoso.com")]
    public void UnacceptableValues_AreRefused(string field, string value) =>
        Assert.Null(FormFieldRules.Slots(field, value));

    [Fact]
    public void AForm_WithOneBadField_IsRefusedWhole_NamingTheField()
    {
        using var data = JsonDocument.Parse("""{"verb":"form.submit","intent":"SearchNumbers","place":"US/WA/Seattle","quantity":"-1"}""");

        var slots = FormFlow.Slots(data.RootElement, section: null);

        Assert.False(slots.IsSuccess);
        Assert.Equal(("form.invalid_field", "quantity"), (slots.Error.Code, slots.Error.Args[0]));
    }

    [Fact]
    public void ASection_ReadsOnlyItsOwnFields_AndNumbersMayComeAsJsonNumbers()
    {
        using var data = JsonDocument.Parse("""{"buy.sku":"PhoneSystem","buy.quantity":10,"assign.skus":"E5","sku":"E1"}""");

        var slots = FormFlow.Slots(data.RootElement, "buy");

        Assert.True(slots.IsSuccess);
        Assert.Equal(2, slots.Value.Count);
        Assert.Equal(("PhoneSystem", "10"), (slots.Value[SlotNames.Sku], slots.Value[SlotNames.Quantity]));
    }
}
