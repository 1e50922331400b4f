using Microsoft.Bot.Schema;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// A conversation reference as stored: plain strings only (bot state may name only ChatPhone types), enough to
/// send into the conversation later: the channel, its service URL, the conversation with its tenant, the bot and the user.
/// </summary>
public sealed record StoredReference
{
    /// <summary>The channel (<c>msteams</c>).</summary>
    public string ChannelId { get; init; } = string.Empty;

    /// <summary>Where the channel's connector listens for this conversation.</summary>
    public string ServiceUrl { get; init; } = string.Empty;

    /// <summary>The conversation.</summary>
    public string ConversationId { get; init; } = string.Empty;

    /// <summary><c>personal</c>, <c>channel</c> or <c>groupChat</c> (empty outside Teams).</summary>
    public string? ConversationType { get; init; }

    /// <summary>The organisation's AAD tenant, as the channel named it.</summary>
    public string? TenantId { get; init; }

    /// <summary>The bot's id in the channel.</summary>
    public string? BotId { get; init; }

    /// <summary>The bot's name.</summary>
    public string? BotName { get; init; }

    /// <summary>The user's channel id (<c>29:…</c> in Teams).</summary>
    public string? UserId { get; init; }

    /// <summary>The user's AAD object id.</summary>
    public string? UserAadObjectId { get; init; }

    /// <summary>The conversation's locale, when the channel gave one.</summary>
    public string? Locale { get; init; }

    /// <summary>
    /// The reference of an incoming activity. A channel thread's id (<c>19:…;messageid=…</c>) is cut to the channel,
    /// so messages sent later start new posts rather than replies to that thread.
    /// </summary>
    public static StoredReference From(ConversationReference reference) => new()
    {
        ChannelId = reference.ChannelId ?? string.Empty,
        ServiceUrl = reference.ServiceUrl ?? string.Empty,
        ConversationId = ChannelOf(reference.Conversation?.Id ?? string.Empty),
        ConversationType = reference.Conversation?.ConversationType,
        TenantId = reference.Conversation?.TenantId,
        BotId = reference.Bot?.Id,
        BotName = reference.Bot?.Name,
        UserId = reference.User?.Id,
        UserAadObjectId = reference.User?.AadObjectId,
        Locale = reference.Locale,
    };

    /// <summary>The Bot Framework reference to send with.</summary>
    public ConversationReference ToReference() => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(
            isGroup: ConversationType is "channel" or "groupChat", id: ConversationId, conversationType: ConversationType, tenantId: TenantId),
        Bot = new ChannelAccount(BotId, BotName),
        User = UserId is null && UserAadObjectId is null ? null : new ChannelAccount(UserId, aadObjectId: UserAadObjectId),
        Locale = Locale,
    };

    private static string ChannelOf(string conversationId)
    {
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread > 0 ? conversationId[..thread] : conversationId;
    }
}

/// <summary>
/// What the bot knows of a person: their personal chat with it (if any), their channel id and their last language;
/// kept for ever for people in the directory, for a short while for strangers (<see cref="TimeToLive"/>).
/// </summary>
public sealed record PersonContact : State.IExpiringItem
{
    /// <summary>The person's 1:1 conversation with the bot.</summary>
    public StoredReference? Personal { get; init; }

    /// <summary>The person's channel id (<c>29:…</c>), for creating a 1:1 conversation.</summary>
    public string? ChannelUserId { get; init; }

    /// <summary>"en" or "fr": the language of their last text message.</summary>
    public string? Language { get; init; }

    /// <inheritdoc />
    [Newtonsoft.Json.JsonIgnore]
    public TimeSpan? TimeToLive { get; init; }
}

/// <summary>The helpdesk channel an admin chose, and the language to write tickets there in.</summary>
public sealed record HelpdeskChannel
{
    /// <summary>The channel.</summary>
    public StoredReference Reference { get; init; } = new();

    /// <summary>"en" or "fr".</summary>
    public string? Language { get; init; }
}
