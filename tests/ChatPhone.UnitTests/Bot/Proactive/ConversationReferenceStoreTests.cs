using ChatPhone.Bot.Proactive;
using ChatPhone.Bot.State;
using ChatPhone.Bot.Turns;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatPhone.UnitTests.Bot.Proactive;

public sealed class ConversationReferenceStoreTests
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private readonly CountingStorage _storage = new();
    private readonly ConversationReferenceStore _store;

    public ConversationReferenceStoreTests() => _store = new ConversationReferenceStore(_storage, Options.Create(new BotStateOptions()), TimeProvider.System, NullLogger<ConversationReferenceStore>.Instance);

    [Fact]
    public async Task FirstContact_StoresTheFullReference_ASecondTurnCostsNoStoreCall()
    {
        await _store.RememberAsync(Identity("aad-alex"), Activity("aad-alex", "a:alex", "personal", "hi"), Language.English, default);
        var afterFirst = _storage.Calls;

        await _store.RememberAsync(Identity("aad-alex"), Activity("aad-alex", "a:alex", "personal", "hello"), Language.English, default);

        Assert.Equal(afterFirst, _storage.Calls);
        var reference = (await _store.FindPersonAsync(Tenant, "AAD-ALEX")).Value;
        Assert.Equal(("a:alex", "https://smba.example/emea/", "msteams", "tenant-guid"),
            (reference.Conversation.Id, reference.ServiceUrl, reference.ChannelId, reference.Conversation.TenantId));
        Assert.Equal(("28:bot", "29:aad-alex", "aad-alex"), (reference.Bot.Id, reference.User.Id, reference.User.AadObjectId));
    }

    [Fact]
    public async Task AClickWithoutText_KeepsTheLanguageLastSpoken_AndWritesNothing()
    {
        await _store.RememberAsync(Identity("aad-alex"), Activity("aad-alex", "a:alex", "personal", "bonjour"), Language.French, default);
        var afterFirst = _storage.Calls;

        await _store.RememberAsync(Identity("aad-alex"), Activity("aad-alex", "a:alex", "personal", null), spoke: null, default);

        Assert.Equal(afterFirst, _storage.Calls);
        Assert.Equal("fr", (await _store.FindContactAsync(Tenant, "aad-alex", default))!.Language);
    }

    [Fact]
    public async Task Channel_IsStoredOnce_WithoutTheSpeaker_AndWithoutTheThread()
    {
        const string Thread = "19:general@thread.tacv2;messageid=1700000000000";
        await _store.RememberAsync(Identity("aad-megan"), Activity("aad-megan", Thread, "channel", "help"), Language.English, default);
        var writtenBefore = _storage.Written.Count;

        await _store.RememberAsync(Identity("aad-sam"), Activity("aad-sam", Thread, "channel", "help"), Language.English, default);

        // Only Sam's own record is new: the channel and the tenant's endpoint are unchanged.
        Assert.Equal(["contoso/ref/person/aad-sam"], _storage.Written.Skip(writtenBefore));
        var channel = (await _store.FindConversationAsync(Tenant, "19:general@thread.tacv2")).Value;
        Assert.Null(channel.User);
        Assert.True(channel.Conversation.IsGroup);
    }

    [Fact]
    public async Task ContactInAChannel_KeepsThePersonsPersonalChat()
    {
        await _store.RememberAsync(Identity("aad-alex"), Activity("aad-alex", "a:alex", "personal", "hi"), Language.English, default);
        var fresh = new ConversationReferenceStore(_storage, Options.Create(new BotStateOptions()), TimeProvider.System, NullLogger<ConversationReferenceStore>.Instance);

        await fresh.RememberAsync(Identity("aad-alex"), Activity("aad-alex", "19:general@thread.tacv2", "channel", "salut"), Language.French, default);

        var contact = await fresh.FindContactAsync(Tenant, "aad-alex", default);
        Assert.Equal(("a:alex", "fr"), (contact!.Personal!.ConversationId, contact.Language));
    }

    [Fact]
    public async Task Uninstalled_PersonalChatIsForgotten()
    {
        await _store.RememberAsync(Identity("aad-alex"), Activity("aad-alex", "a:alex", "personal", "hi"), Language.English, default);

        await _store.ForgetAsync(Identity("aad-alex"), Activity("aad-alex", "a:alex", "personal", null), default);

        Assert.Equal("delivery.no_conversation", (await _store.FindPersonAsync(Tenant, "aad-alex")).Error?.Code);
    }

    [Fact]
    public async Task HelpdeskChannel_NoneUntilSaved_ThenTheChannelItself()
    {
        Assert.Equal("delivery.no_helpdesk_channel", (await _store.FindHelpdeskChannelAsync(Tenant)).Error?.Code);

        var thread = Activity("aad-megan", "19:helpdesk@thread.tacv2;messageid=42", "channel", "use this channel for helpdesk tickets");
        await _store.SaveHelpdeskChannelAsync(Tenant, thread.GetConversationReference(), Language.French);

        var channel = (await _store.FindHelpdeskChannelAsync(Tenant)).Value;
        Assert.Equal(("19:helpdesk@thread.tacv2", "https://smba.example/emea/", null), (channel.Conversation.Id, channel.ServiceUrl, channel.ActivityId));
        Assert.Equal("fr", (await _store.FindHelpdeskAsync(Tenant, default))!.Language);
    }

    private static TurnIdentity Identity(string userId) => new(new Actor(Tenant, userId, userId, Role.User), "conv", Language.English);

    private static Activity Activity(string user, string conversation, string type, string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = "https://smba.example/emea/",
        Conversation = new ConversationAccount(isGroup: type != "personal", conversationType: type, id: conversation, tenantId: "tenant-guid"),
        From = new ChannelAccount("29:" + user, user, aadObjectId: user),
        Recipient = new ChannelAccount("28:bot", "ChatPhone"),
        Text = text,
        Locale = "en-US",
    };

    /// <summary>An in-memory store that counts what the code under test asks of it.</summary>
    private sealed class CountingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public int Calls { get; private set; }

        public List<string> Written { get; } = [];

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Calls++;
            return _inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Calls++;
            Written.AddRange(changes.Keys.Order(StringComparer.Ordinal));
            return _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Calls++;
            return _inner.DeleteAsync(keys, cancellationToken);
        }
    }
}
