using ChatPhone.Bot.Turns;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatPhone.UnitTests.Bot.Turns;

public sealed class ActivityIdentityTests
{
    [Fact]
    public void Tenant_PrefersConversationTenantId()
    {
        var activity = Activity(conversationTenant: "AAA", channelDataTenant: "bbb");

        Assert.Equal("aaa", ActivityIdentity.Tenant(activity, "demo").Value.Value);
    }

    [Fact]
    public void Tenant_FallsBackToChannelDataThenDefault()
    {
        Assert.Equal("bbb", ActivityIdentity.Tenant(Activity(null, "bbb"), "demo").Value.Value);
        Assert.Equal("demo", ActivityIdentity.Tenant(Activity(null, null), "demo").Value.Value);
    }

    [Fact]
    public void Tenant_MalformedNamedTenant_FailsInsteadOfFallingBack()
    {
        Assert.Equal("tenant.invalid_id", ActivityIdentity.Tenant(Activity("x}y", null), "demo").Error?.Code);
    }

    [Fact]
    public void UserId_PrefersAadObjectIdOverChannelId()
    {
        var activity = Activity(null, null);
        activity.From = new ChannelAccount("29:abc", "Alex", aadObjectId: "obj-1");

        Assert.Equal("obj-1", ActivityIdentity.UserId(activity));
        activity.From.AadObjectId = null;
        Assert.Equal("29:abc", ActivityIdentity.UserId(activity));
    }

    private static Activity Activity(string? conversationTenant, string? channelDataTenant) => new()
    {
        Type = ActivityTypes.Message,
        Conversation = new ConversationAccount(id: "c", tenantId: conversationTenant),
        ChannelData = channelDataTenant is null ? null : JObject.FromObject(new { tenant = new { id = channelDataTenant } }),
    };
}
