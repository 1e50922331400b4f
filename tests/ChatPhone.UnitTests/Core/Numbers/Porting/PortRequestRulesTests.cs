using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.UnitTests.Core.Numbers.Porting;

public sealed class PortRequestRulesTests
{
    private static IReadOnlyList<PortedNumber> Checked(PortRequest request)
    {
        var (numbers, problems) = PortabilityCheck.Run(request, new HashSet<string>(), new Dictionary<string, string>());
        Assert.Empty(problems);
        return numbers;
    }

    private static string? FieldError(PortRequest request) => PortRequestRules.Fields(request, PortSamples.Today)?.Code;

    [Fact]
    public void Fields_ValidRequest_PassAndPlanIsTheWizard()
    {
        var request = PortSamples.Request();

        Assert.Null(FieldError(request));
        var plan = PortRequestRules.Plan(request, Checked(request)).Value;
        Assert.Equal((PortNumberKind.Local, (ChatPhone.Core.Common.Error?)null), plan);
    }

    [Theory]
    [InlineData("Contoso Pharmaceuticals AB", "Contoso Pharmaceuticals A")]
    [InlineData("Contoso Pharmaceuticals A", "Contoso Pharmaceuticals A")]
    [InlineData("Contoso Pharmaceutical  A", "Contoso Pharmaceutical  A")]
    public void Details_CompanyName_IsTruncatedTo25CharactersIncludingSpaces(string typed, string stored)
    {
        Assert.Equal(stored, PortRequestRules.Details(PortSamples.Request() with { CompanyName = typed }).CompanyName);
        Assert.Equal(25, stored.Length);
    }

    [Theory]
    [InlineData("Alexander Wilbe", "Alexander Wilbe")]
    [InlineData("Alexander Wilber", "Alexander Wilbe")]
    public void Details_AuthorizingPerson_IsTruncatedTo15Characters(string typed, string stored)
    {
        var request = PortSamples.Request() with { AuthorizingPerson = typed, LoaSignature = stored };

        Assert.Null(FieldError(request));
        Assert.Equal(stored, PortRequestRules.Details(request).AuthorizingPerson);
    }

    [Fact]
    public void Fields_SignatureDifferentFromTheAuthorizingPerson_IsRefused() =>
        Assert.Equal("port.loa_signature_mismatch", FieldError(PortSamples.Request() with { LoaSignature = "Someone Else" }));

    [Fact]
    public void Fields_LoaNotAccepted_IsRefused() => Assert.Equal("port.loa_not_accepted", FieldError(PortSamples.Request() with { LoaAccepted = false }));

    [Theory]
    [InlineData("14252000000")]
    [InlineData("+1425")]
    [InlineData("tel:+14252000000")]
    public void Fields_BtnNotE164_IsRefused(string btn) => Assert.Equal("port.btn_invalid", FieldError(PortSamples.Request() with { BillingTelephoneNumber = btn }));

    [Theory]
    [InlineData("AccountNumber")]
    [InlineData("CompanyName")]
    [InlineData("ServiceAddress")]
    [InlineData("City")]
    [InlineData("State")]
    [InlineData("Zip")]
    [InlineData("LosingCarrier")]
    public void Fields_MissingRequiredField_IsRefusedByName(string field)
    {
        var request = field switch
        {
            "AccountNumber" => PortSamples.Request() with { AccountNumber = " " },
            "CompanyName" => PortSamples.Request() with { CompanyName = "" },
            "ServiceAddress" => PortSamples.Request() with { ServiceAddress = "" },
            "City" => PortSamples.Request() with { City = "" },
            "State" => PortSamples.Request() with { State = "" },
            "Zip" => PortSamples.Request() with { Zip = "" },
            _ => PortSamples.Request() with { LosingCarrier = "" },
        };

        Assert.Equal(new ChatPhone.Core.Common.Error("port.field_required", field), PortRequestRules.Fields(request, PortSamples.Today));
    }

    [Fact]
    public void Fields_BadNotifyEmail_IsRefused() =>
        Assert.Equal("port.notify_email_invalid", FieldError(PortSamples.Request() with { OtherPeopleToNotify = ["ok@contoso.com", "not an email"] }));

    [Theory]
    [InlineData(2026, 3, 2, "port.transfer_date_past")]
    [InlineData(2026, 3, 7, "port.transfer_date_not_business_day")]
    [InlineData(2026, 3, 8, "port.transfer_date_not_business_day")]
    [InlineData(2026, 3, 3, null)]
    public void Fields_TransferDate_MustBeAFutureBusinessDay(int y, int m, int d, string? expected) =>
        Assert.Equal(expected, FieldError(PortSamples.Request() with { TransferDate = new DateOnly(y, m, d) }));

    [Fact]
    public void Plan_FullPortWithoutTheBtn_IsRefused()
    {
        var request = PortSamples.Request(new PortLine("+14252000001")) with { PortType = PortType.Full };

        Assert.Equal("port.full_requires_btn", PortRequestRules.Plan(request, Checked(request)).Error!.Code);
    }

    [Fact]
    public void Plan_PartialPortWithTheBtn_IsRefused()
    {
        var request = PortSamples.Request(new PortLine(PortSamples.Btn), new PortLine("+14252000001")) with { PortType = PortType.Partial };

        Assert.Equal("port.partial_includes_btn", PortRequestRules.Plan(request, Checked(request)).Error!.Code);
    }

    [Fact]
    public void Plan_InvalidBtn_IsRefusedRatherThanThrown()
    {
        var request = PortSamples.Request() with { BillingTelephoneNumber = "not a number" };

        Assert.Equal("port.btn_invalid", PortRequestRules.Plan(request, Checked(request)).Error!.Code);
    }

    [Fact]
    public void Plan_PartialPortWithoutTheBtn_IsTheWizard()
    {
        var request = PortSamples.Request(new PortLine("+14252000001")) with { PortType = PortType.Partial };

        Assert.True(PortRequestRules.Plan(request, Checked(request)).IsSuccess);
    }

    [Fact]
    public void Plan_TwoCarriers_IsRefused()
    {
        var request = PortSamples.Request(new PortLine(PortSamples.Btn), new PortLine("+14252000001", "Northwind"));

        Assert.Equal("port.mixed_carriers", PortRequestRules.Plan(request, Checked(request)).Error!.Code);
    }

    [Fact]
    public void Plan_SameCarrierInAnotherCase_IsOneCarrier()
    {
        var request = PortSamples.Request(new PortLine(PortSamples.Btn), new PortLine("+14252000001", "FABRIKAM TELECOM"));

        Assert.True(PortRequestRules.Plan(request, Checked(request)).IsSuccess);
    }

    [Fact]
    public void Plan_LocalAndTollFree_IsRefusedAsMixedTypes()
    {
        var request = PortSamples.Request(new PortLine(PortSamples.Btn), new PortLine("+18002000004"));

        Assert.Equal("port.mixed_number_types", PortRequestRules.Plan(request, Checked(request)).Error!.Code);
    }

    [Theory]
    [InlineData(999, null)]
    [InlineData(1000, "port.manual.too_many_numbers")]
    public void Plan_NumberCount_999IsTheWizard1000IsAServiceRequest(int count, string? why)
    {
        var request = PortSamples.Request(PortSamples.Numbers(count));

        Assert.Equal(why, PortRequestRules.Plan(request, Checked(request)).Value.Why?.Code);
    }

    [Fact]
    public void Plan_TollFree_IsAServiceRequest()
    {
        var request = PortSamples.Request(new PortLine("+18002000004")) with { BillingTelephoneNumber = "+18002000004" };

        Assert.Equal("port.manual.toll_free", PortRequestRules.Plan(request, Checked(request)).Value.Why!.Code);
    }

    [Fact]
    public void Plan_ServiceNumbers_AreAServiceRequest()
    {
        var request = PortSamples.Request() with { NumberType = NumberType.AutoAttendantToll };

        var plan = PortRequestRules.Plan(request, Checked(request)).Value;

        Assert.Equal((PortNumberKind.ServiceToll, "port.manual.service_numbers"), (plan.Kind, plan.Why!.Code));
    }

    [Theory]
    [InlineData("  Megan  ", 3, "Meg")]
    [InlineData(null, 3, "")]
    [InlineData("ab", 3, "ab")]
    public void Truncate_TrimsThenCuts(string? text, int length, string expected) => Assert.Equal(expected, PortRequestRules.Truncate(text, length));
}
