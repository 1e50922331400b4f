using System.Security.Claims;
using ChatPhone.Bot.Hosting;
using Microsoft.Bot.Schema;

namespace ChatPhone.UnitTests.Bot.Hosting;

public sealed class TenantClaimTests
{
    [Theory]
    [InlineData("msteams", true, false)]
    [InlineData("MSTeams", true, false)]
    [InlineData("msteams", false, true)]
    [InlineData("emulator", true, true)]
    public void TokenWithoutTenant_IsRefusedForTeamsActivities_WhenAuthenticating(string channel, bool authenticated, bool matches)
    {
        var activity = new Activity { ChannelId = channel, Conversation = new ConversationAccount { Id = "c", TenantId = "demo" } };

        Assert.Equal(matches, TenantBoundAuthentication.TenantMatches(new ClaimsIdentity([new Claim("serviceurl", "https://x/")], "Bearer"), activity, new TenantBinding(authenticated, null)));
    }

    [Theory]
    [InlineData("demo", true)]
    [InlineData("Demo", true)]
    [InlineData("contoso", false)]
    public void TokenWithoutTenant_ForATeamsActivity_OfASingleTenantBot_MatchesOnlyTheBotsOwnTenant(string activityTenant, bool matches)
    {
        var activity = new Activity { ChannelId = "msteams", Conversation = new ConversationAccount { Id = "c", TenantId = activityTenant } };

        Assert.Equal(matches, TenantBoundAuthentication.TenantMatches(new ClaimsIdentity([new Claim("serviceurl", "https://x/")], "Bearer"), activity, new TenantBinding(true, "demo")));
    }

    [Theory]
    [InlineData("demo", true)]
    [InlineData("DEMO", true)]
    [InlineData("contoso", false)]
    public void TokenWithTenant_MatchesOnlyTheActivitysTenant(string tenant, bool matches)
    {
        var activity = new Activity { ChannelId = "msteams", Conversation = new ConversationAccount { Id = "c", TenantId = "demo" } };

        Assert.Equal(matches, TenantBoundAuthentication.TenantMatches(new ClaimsIdentity([new Claim("tid", tenant)], "Bearer"), activity, new TenantBinding(true, null)));
    }
}
