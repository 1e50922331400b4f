using ChatPhone.Bot.State;
using ChatPhone.Bot.Turns;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// Where the bot can write to later: the full conversation reference of every contact, stored under the tenant's
/// hash tag through the bot's <see cref="IStorage"/> (<c>&lt;tenant&gt;/ref/…</c>): per person for personal chats
/// (by AAD object id, with their channel id and last language), per conversation for channels and group chats, the
/// tenant's service endpoint, and the helpdesk channel. Turns write only what changed: an in-memory copy of what was
/// last written means a turn from a known person in a known conversation costs no Redis command. A stranger's record
/// (someone outside the directory) expires <see cref="BotStateOptions.StrangerReferenceDays"/> after it was last
/// written, and is written again once half of that has passed while they keep talking.
/// </summary>
public sealed class ConversationReferenceStore(
    IStorage storage, IOptions<BotStateOptions> options, TimeProvider clock, ILogger<ConversationReferenceStore> logger)
{
    private readonly WrittenReferences _written = new(clock);

    /// <summary>
    /// Remembers where <paramref name="activity"/> came from (best effort: a failure is logged, never fails the turn).
    /// <paramref name="spoke"/> is the language of the person's text, when the activity has text.
    /// </summary>
    public async Task RememberAsync(TurnIdentity identity, IActivity activity, Language? spoke, CancellationToken cancellationToken)
    {
        try
        {
            var incoming = StoredReference.From(activity.GetConversationReference()) with { Locale = null };
            if (incoming.ServiceUrl.Length == 0 || incoming.ConversationId.Length == 0)
            {
                return;
            }

            var tenant = identity.Tenant;
            var writes = new Dictionary<string, object>(StringComparer.Ordinal);
            Stage(writes, BotStateKeys.For(tenant, BotStateKeys.TenantReference), Endpoint(incoming));
            var personKey = PersonKey(tenant, identity.Actor.UserId);
            var known = _written.Find(personKey) is { } cached ? cached as PersonContact : await ReadAsync<PersonContact>(personKey, cancellationToken);
            var personal = IsPersonal(activity.Conversation);
            Stage(writes, personKey, (known ?? new PersonContact()) with
            {
                Personal = personal ? incoming : known?.Personal,
                ChannelUserId = activity.From?.Id ?? known?.ChannelUserId,
                Language = spoke is { } language ? Code(language) : known?.Language,
                TimeToLive = Lifetime(identity.Actor),
            });
            if (!personal)
            {
                Stage(writes, BotStateKeys.For(tenant, BotStateKeys.ConversationReference(incoming.ConversationId)), Shared(incoming));
            }

            await WriteAsync(writes, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not remember the conversation of activity {ActivityId}", activity.Id);
        }
    }

    /// <summary>Forgets the conversation of <paramref name="activity"/> (the app was uninstalled there).</summary>
    public async Task ForgetAsync(TurnIdentity identity, IActivity activity, CancellationToken cancellationToken)
    {
        var tenant = identity.Tenant;
        if (IsPersonal(activity.Conversation))
        {
            var key = PersonKey(tenant, identity.Actor.UserId);
            if (await ReadAsync<PersonContact>(key, cancellationToken) is { Personal: not null } person)
            {
                var forgotten = person with { Personal = null, TimeToLive = Lifetime(identity.Actor) };
                await WriteAsync(new Dictionary<string, object> { [key] = forgotten }, cancellationToken);
            }

            return;
        }

        var conversation = BotStateKeys.For(tenant, BotStateKeys.ConversationReference(StoredReference.From(activity.GetConversationReference()).ConversationId));
        await storage.DeleteAsync([conversation], cancellationToken);
        _written.Forget(conversation);
    }

    /// <summary>"Use this channel for helpdesk tickets": tickets go to <paramref name="reference"/>'s channel, written in <paramref name="language"/>.</summary>
    public Task SaveHelpdeskChannelAsync(TenantId tenant, ConversationReference reference, Language? language = null, CancellationToken cancellationToken = default) =>
        WriteAsync(new Dictionary<string, object>
        {
            [BotStateKeys.For(tenant, BotStateKeys.HelpdeskChannel)] = new HelpdeskChannel
            {
                Reference = Shared(StoredReference.From(reference)), Language = language is { } chosen ? Code(chosen) : null,
            },
        }, cancellationToken);

    /// <summary>"Stop sending tickets to the channel": forgets the helpdesk channel (tickets then wait in the bot's list).</summary>
    public async Task ForgetHelpdeskChannelAsync(TenantId tenant, CancellationToken cancellationToken = default)
    {
        var key = BotStateKeys.For(tenant, BotStateKeys.HelpdeskChannel);
        await storage.DeleteAsync([key], cancellationToken);
        _written.Forget(key);
    }

    /// <summary>The helpdesk channel's reference, or <c>delivery.no_helpdesk_channel</c>.</summary>
    public async Task<Result<ConversationReference>> FindHelpdeskChannelAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        await FindHelpdeskAsync(tenant, cancellationToken) is { } channel
            ? channel.Reference.ToReference()
            : new Error("delivery.no_helpdesk_channel");

    /// <summary>The person's personal chat with the bot, or <c>delivery.no_conversation</c>.</summary>
    public async Task<Result<ConversationReference>> FindPersonAsync(TenantId tenant, string userId, CancellationToken cancellationToken = default) =>
        await FindContactAsync(tenant, userId, cancellationToken) is { Personal: { } personal }
            ? personal.ToReference()
            : new Error("delivery.no_conversation");

    /// <summary>A group chat's or channel's reference, or <c>delivery.no_conversation</c>.</summary>
    public async Task<Result<ConversationReference>> FindConversationAsync(TenantId tenant, string conversationId, CancellationToken cancellationToken = default) =>
        await ReadAsync<StoredReference>(BotStateKeys.For(tenant, BotStateKeys.ConversationReference(conversationId)), cancellationToken) is { } found
            ? found.ToReference()
            : new Error("delivery.no_conversation");

    /// <summary>The helpdesk channel as stored (with its language), or null when none was set.</summary>
    internal Task<HelpdeskChannel?> FindHelpdeskAsync(TenantId tenant, CancellationToken cancellationToken) =>
        ReadAsync<HelpdeskChannel>(BotStateKeys.For(tenant, BotStateKeys.HelpdeskChannel), cancellationToken);

    /// <summary>What the bot knows of a person, or null when they never contacted it.</summary>
    internal Task<PersonContact?> FindContactAsync(TenantId tenant, string userId, CancellationToken cancellationToken) =>
        ReadAsync<PersonContact>(PersonKey(tenant, userId), cancellationToken);

    /// <summary>The tenant's service endpoint (channel, service URL, bot, AAD tenant) from its latest contact, or null.</summary>
    internal Task<StoredReference?> FindEndpointAsync(TenantId tenant, CancellationToken cancellationToken) =>
        ReadAsync<StoredReference>(BotStateKeys.For(tenant, BotStateKeys.TenantReference), cancellationToken);

    /// <summary>Stores a personal chat the bot created with a person.</summary>
    internal async Task SavePersonalAsync(TenantId tenant, string userId, StoredReference personal, CancellationToken cancellationToken)
    {
        var key = PersonKey(tenant, userId);
        var known = await ReadAsync<PersonContact>(key, cancellationToken) ?? new PersonContact();
        await WriteAsync(new Dictionary<string, object> { [key] = known with { Personal = personal } }, cancellationToken);
    }

    /// <summary>True for a 1:1 chat (outside Teams, any conversation that is not a group).</summary>
    internal static bool IsPersonal(ConversationAccount? conversation) =>
        conversation?.ConversationType is { Length: > 0 } type
            ? string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase)
            : conversation?.IsGroup != true;

    private static string PersonKey(TenantId tenant, string userId) => BotStateKeys.For(tenant, BotStateKeys.PersonReference(userId));

    private TimeSpan? Lifetime(Actor actor) => actor.Role == Role.Unknown ? options.Value.StrangerReferenceLifetime : null;

    private static string Code(Language language) => language == Language.French ? "fr" : "en";

    // What every conversation of the tenant shares: the channel, its service URL, the bot and the AAD tenant.
    private static StoredReference Endpoint(StoredReference reference) =>
        Shared(reference) with { ConversationId = string.Empty, ConversationType = null };

    // A channel or group chat is the same place whoever speaks: keep no speaker in it, so it is written once.
    private static StoredReference Shared(StoredReference reference) =>
        reference with { UserId = null, UserAadObjectId = null, Locale = null };

    private void Stage(Dictionary<string, object> writes, string key, object value)
    {
        if (_written.NeedsWrite(key, value))
        {
            writes[key] = value;
        }
    }

    private async Task WriteAsync(Dictionary<string, object> writes, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return;
        }

        await storage.WriteAsync(writes, cancellationToken);
        _written.Wrote(writes);
    }

    private async Task<T?> ReadAsync<T>(string key, CancellationToken cancellationToken)
        where T : class
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        var found = items.TryGetValue(key, out var item) ? item as T : null;
        // An expiring kind is not remembered: written once more, its expiry follows who the person is now.
        if (found is not null)
        {
            _written.Read(key, found);
        }

        return found;
    }
}
