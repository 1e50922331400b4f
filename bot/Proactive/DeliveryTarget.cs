using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Proactive;

/// <summary>
/// Where one message goes: a known conversation, or a tenant endpoint on which to open the person's 1:1 chat first, or
/// nowhere yet (<see cref="Missing"/>). <see cref="Key"/> groups messages sent one after the other (one conversation).
/// </summary>
internal sealed record DeliveryTarget(string Key, StoredReference? Conversation, StoredReference? Endpoint, string? MemberId, Error? Missing)
{
    /// <summary>The key rate limits are counted under: the conversation once known, else the group.</summary>
    public string LimitKey => Conversation?.ConversationId is { Length: > 0 } id ? id : Key;
}
