using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.State;

/// <summary>
/// The name of every bot-state document, in one place: a person's flow in a conversation, the message of a
/// conversation that shows the setup checklist, and the conversation references the proactive sender uses.
/// <see cref="For"/> turns a name into the storage key of <see cref="RedisBotStorage"/>.
/// </summary>
public static class BotStateKeys
{
    /// <summary>The tenant's latest channel endpoint (service URL, bot id), for opening 1:1 chats.</summary>
    public const string TenantReference = "ref/tenant";

    /// <summary>The channel where an admin asked for helpdesk tickets.</summary>
    public const string HelpdeskChannel = "ref/helpdesk";

    /// <summary>The storage key of document <paramref name="name"/> of <paramref name="tenant"/>.</summary>
    public static string For(TenantId tenant, string name) => RedisBotStorage.Key(tenant, name);

    /// <summary>A person's flow state (language, pending question) in one conversation.</summary>
    public static string Flow(string conversationId, string userId) => $"flow/{conversationId}/{userId}";

    /// <summary>Which message of a conversation shows the setup checklist.</summary>
    public static string Checklist(string conversationId) => $"checklist/{conversationId}";

    /// <summary>The reference of a shared conversation (a channel or group chat).</summary>
    public static string ConversationReference(string conversationId) => $"ref/conversation/{conversationId}";

    /// <summary>How to reach a person in their 1:1 chat (their id is matched without regard to case or spaces).</summary>
    public static string PersonReference(string userId) => $"ref/person/{userId.Trim().ToLowerInvariant()}";
}
