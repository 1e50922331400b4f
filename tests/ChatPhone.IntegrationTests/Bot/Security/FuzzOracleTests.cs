namespace ChatPhone.IntegrationTests.Bot.Security;

/// <summary>The fuzzer's leak check bites: another tenant's people and objects are flagged unless the caller named them.</summary>
public sealed class FuzzOracleTests
{
    private static readonly FuzzTenant Alpha = WithObjects(new FuzzTenant("alpha", 0), "T-ALPHA1", "+12065550101");
    private static readonly FuzzTenant Charlie = WithObjects(new FuzzTenant("charlie", 2), "T-CHARL1");

    [Theory]
    [InlineData("Assigned to Alpha User.", "Alpha User")]
    [InlineData("Ticket T-ALPHA1 is claimed.", "T-ALPHA1")]
    [InlineData("+12065550101 is free", "+12065550101")]
    [InlineData("mail user@ALPHA.example", "user@alpha.example")]
    public void AnotherTenantsNameOrObject_NotInTheRequest_IsALeak(string answer, string leaked)
    {
        var oracle = new FuzzOracle([Alpha, Charlie]);

        Assert.Equal([leaked], oracle.Leaks("charlie", "{\"text\":\"show open tickets\"}", answer));
    }

    [Fact]
    public void WhatTheTenantItselfNamed_NowOrBefore_OrItsOwnObjects_IsNoLeak()
    {
        var oracle = new FuzzOracle([Alpha, Charlie]);

        Assert.Empty(oracle.Leaks("charlie", "claim T-ALPHA1", "I can’t find ticket T-ALPHA1."));
        Assert.Empty(oracle.Leaks("charlie", "who changed what today", "Charlie Admin: claim T-ALPHA1 (refused)."));
        Assert.Empty(oracle.Leaks("charlie", "show open tickets", "T-CHARL1 for Charlie User"));
        Assert.Equal(["T-ALPHA1"], oracle.Leaks("bravo", "who changed what today", "T-ALPHA1"));
    }

    [Fact]
    public void AnActivityThatIsNotJson_IsCheckedAgainstEveryTenant()
    {
        var oracle = new FuzzOracle([Alpha, Charlie]);

        Assert.Null(FuzzOracle.TenantOf("{\"conversation\":"));
        Assert.Equal(["T-ALPHA1", "T-CHARL1"], oracle.Leaks(null, "{", "T-ALPHA1 T-CHARL1"));
    }

    private static FuzzTenant WithObjects(FuzzTenant tenant, params string[] objects)
    {
        tenant.Objects.AddRange(objects);
        return tenant;
    }

    [Theory]
    [InlineData("\uFEFF{\"type\":1,\"type\":\"message\",\"conversation\":{\"id\":\"c\",\"tenantId\":\"Bravo\"}}", "bravo")]
    [InlineData("{\"channelData\":{\"tenant\":{\"id\":\"alpha\"}}}", "alpha")]
    [InlineData("{\"type\":\"message\"}", "demo")]
    [InlineData("{\"conversation\":{\"tenantId\":\"alpha\"}}:y_S7[ ^6Cl\"3", "alpha")]
    [InlineData("not json", null)]
    public void TheTenantOfAnActivity_IsReadAsTheHostReadsIt_ByteOrderMarkAndRepeatedKeysIncluded(string body, string? tenant) =>
        Assert.Equal(tenant, FuzzOracle.TenantOf(body));

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(1000)]
    public void ADeeplyNestedActivity_StillSpeaksInItsTenant(int depth) =>
        Assert.Equal("charlie", FuzzOracle.TenantOf(
            "{\"conversation\":{\"tenantId\":\"charlie\"},\"channelData\":" + new string('[', depth) + new string(']', depth) + "}"));
}
