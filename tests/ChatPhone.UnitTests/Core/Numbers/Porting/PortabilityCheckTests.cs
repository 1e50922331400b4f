using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.UnitTests.Core.Numbers.Porting;

public sealed class PortabilityCheckTests
{
    private static readonly HashSet<string> NoInventory = [];
    private static readonly Dictionary<string, string> NoOrders = [];

    private static string ProblemOf(string number, NumberType type = NumberType.UserSubscriber, IReadOnlySet<string>? inventory = null, IReadOnlyDictionary<string, string>? orders = null)
    {
        var request = PortSamples.Request(number) with { NumberType = type };
        var (_, problems) = PortabilityCheck.Run(request, inventory ?? NoInventory, orders ?? NoOrders);
        return Assert.Single(problems).Reason.Code;
    }

    private static PortedNumber Passed(string number, NumberType type = NumberType.UserSubscriber)
    {
        var (numbers, problems) = PortabilityCheck.Run(PortSamples.Request(number) with { NumberType = type }, NoInventory, NoOrders);
        Assert.Empty(problems);
        return Assert.Single(numbers);
    }

    [Theory]
    [InlineData("14252000001")]
    [InlineData("tel:+14252000001")]
    [InlineData("+1 425 200 0001")]
    [InlineData("+1425")]
    [InlineData("+99912345678")]
    public void Run_NotE164_IsAProblem(string number) => Assert.Equal("port.number_not_e164", ProblemOf(number));

    [Theory]
    [InlineData("+448431234567")]
    [InlineData("+448441234567")]
    [InlineData("+448451234567")]
    [InlineData("+448701234567")]
    [InlineData("+448711234567")]
    [InlineData("+448721234567")]
    public void Run_UkNonGeographic084xAnd087x_AreNotPortable(string number) => Assert.Equal("port.number_uk_non_geographic", ProblemOf(number));

    [Fact]
    public void Run_UkGeographicNumber_IsPortable() => Assert.Equal(PortNumberKind.Local, Passed("+442079460000").Kind);

    [Theory]
    [InlineData("+33612345678", "FR")]
    [InlineData("+447400123456", "GB")]
    public void Run_MobileOutsideUsAndPuertoRico_IsNotPortable(string number, string region)
    {
        var (_, problems) = PortabilityCheck.Run(PortSamples.Request(number), NoInventory, NoOrders);

        Assert.Equal(new ChatPhone.Core.Common.Error("port.number_mobile_outside_us", number, region), Assert.Single(problems).Reason);
    }

    [Fact]
    public void Run_Uifn_IsNotPortable() => Assert.Equal("port.number_uifn", ProblemOf("+80012345678"));

    [Fact]
    public void Run_Duplicate_IsAProblemOnTheSecondOccurrence()
    {
        var (numbers, problems) = PortabilityCheck.Run(PortSamples.Request("+14252000001", "+14252000001"), NoInventory, NoOrders);

        Assert.Single(numbers);
        Assert.Equal("port.number_duplicate", Assert.Single(problems).Reason.Code);
    }

    [Fact]
    public void Run_NumberInInventory_IsAProblem() =>
        Assert.Equal("port.number_in_inventory", ProblemOf("+14252000001", inventory: new HashSet<string> { "+14252000001" }));

    [Fact]
    public void Run_NumberInAnOpenOrder_IsAProblem() =>
        Assert.Equal("port.number_in_open_order", ProblemOf("+14252000001", orders: new Dictionary<string, string> { ["+14252000001"] = "o-1" }));

    [Fact]
    public void Run_TollFreeNumber_IsOfKindTollFree() => Assert.Equal(PortNumberKind.TollFree, Passed("+18002000004").Kind);

    [Fact]
    public void Run_DeclaredServiceNumber_IsOfKindServiceToll() => Assert.Equal(PortNumberKind.ServiceToll, Passed("+14252000001", NumberType.ConferenceToll).Kind);

    [Fact]
    public void Run_DeclaredTollFreeServiceNumber_IsOfKindTollFree() => Assert.Equal(PortNumberKind.TollFree, Passed("+18002000004", NumberType.CallQueueTollFree).Kind);

    [Fact]
    public void Run_LineCarrier_DefaultsToTheOrdersCarrier()
    {
        var (numbers, _) = PortabilityCheck.Run(PortSamples.Request(new PortLine("+14252000001"), new PortLine("+14252000002", " Other ")), NoInventory, NoOrders);

        Assert.Equal(["Fabrikam Telecom", "Other"], numbers.Select(n => n.Carrier));
    }
}
