using ChatPhone.Bot.State;
using ChatPhone.Core.Common;
using ChatPhone.Core.Storage;
using ChatPhone.Core.Tenants;
using Moq;

namespace ChatPhone.UnitTests.Bot.State;

public sealed class RedisBotStorageTests
{
    private static readonly TenantId Tenant = TenantId.Parse("t1");

    [Fact]
    public async Task Write_StaleETag_ThrowsAnEtagConflictTheSsoMiddlewareRecognises()
    {
        var flow = BotStateKeys.Flow("c", "u");
        var store = new Mock<IVersionedStore>();
        store.Setup(s => s.WriteAsync(Tenant, flow, It.IsAny<string>(), "old", It.IsAny<TimeSpan?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<string>.Fail(new Error("store.etag_conflict", flow)));
        var storage = new RedisBotStorage(store.Object);

        var error = await Assert.ThrowsAsync<EtagConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { [$"t1/{flow}"] = new FlowState { ETag = "old" } }));

        Assert.StartsWith("Etag conflict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Success_UpdatesTheItemsETag()
    {
        var store = new Mock<IVersionedStore>();
        store.Setup(s => s.WriteAsync(Tenant, "n", It.IsAny<string>(), null, It.IsAny<TimeSpan?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<string>.Ok("new-etag"));
        var item = new FlowState();

        await new RedisBotStorage(store.Object).WriteAsync(new Dictionary<string, object> { ["t1/n"] = item });

        Assert.Equal("new-etag", item.ETag);
    }

    [Fact]
    public async Task Write_ExpiringItem_PassesItsLifetime_AnyOtherItemNeverExpires()
    {
        var store = new Mock<IVersionedStore>();
        store.Setup(s => s.WriteAsync(Tenant, It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<TimeSpan?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<string>.Ok("e"));
        var storage = new RedisBotStorage(store.Object);

        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["t1/flow"] = new FlowState { TimeToLive = TimeSpan.FromDays(30) },
            ["t1/other"] = new Dictionary<string, string>(),
        });

        store.Verify(s => s.WriteAsync(Tenant, "flow", It.IsAny<string>(), null, TimeSpan.FromDays(30), It.IsAny<CancellationToken>()));
        store.Verify(s => s.WriteAsync(Tenant, "other", It.IsAny<string>(), null, null, It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("no-tenant")]
    [InlineData("/name")]
    [InlineData("bad}tenant/name")]
    [InlineData("t1/")]
    public async Task Read_KeyWithoutATenantPrefix_IsRefused(string key)
    {
        var storage = new RedisBotStorage(Mock.Of<IVersionedStore>());

        await Assert.ThrowsAsync<ArgumentException>(() => storage.ReadAsync([key]));
    }

    [Fact]
    public async Task Read_StoredTypeOutsideChatPhone_IsNotDeserialised()
    {
        var store = new Mock<IVersionedStore>();
        var hostile = """{"$type":"System.IO.FileInfo, System.Private.CoreLib","fileName":"/etc/passwd"}""";
        store.Setup(s => s.ReadAsync(Tenant, It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<string, VersionedDocument> { ["n"] = new(hostile, "e") });

        await Assert.ThrowsAnyAsync<Newtonsoft.Json.JsonException>(() => new RedisBotStorage(store.Object).ReadAsync(["t1/n"]));
    }
}
