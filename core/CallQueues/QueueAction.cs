using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.CallQueues;

/// <summary>
/// An exception action of a call queue (overflow, timeout or no agents) with its target.
/// Forward: a person or resource account object id, or <c>tel:+E164</c>. Voicemail: a person.
/// SharedVoicemail: a group id, a prompt and the queue's LanguageId.
/// </summary>
/// <typeparam name="TKind">The slot's action enum.</typeparam>
/// <param name="Kind">The action.</param>
/// <param name="Target">The target, for redirecting actions only.</param>
/// <param name="CallPriority">1..5 (default 3); only meaningful when forwarding to an AA/CQ resource account.</param>
/// <param name="Prompt">The shared-voicemail greeting (required for SharedVoicemail).</param>
/// <param name="EnableTranscription">Shared voicemail only: transcribe messages (default false).</param>
/// <param name="SuppressSystemPrompt">Shared voicemail only: skip the system's "leave a message" prompt (default false).</param>
public sealed record QueueAction<TKind>(
    TKind Kind,
    string? Target = null,
    int CallPriority = VoiceAppLimits.DefaultCallPriority,
    Prompt? Prompt = null,
    bool EnableTranscription = false,
    bool SuppressSystemPrompt = false)
    where TKind : struct, Enum;

/// <summary>A Teams channel whose members answer the queue; a channel serves one queue only.</summary>
/// <param name="TeamId">The team's group id.</param>
/// <param name="ChannelId">The channel id (ChannelId).</param>
/// <param name="OwnerUserId">An owner of the team (ChannelUserObjectId).</param>
public sealed record ChannelLink(string TeamId, string ChannelId, string OwnerUserId);

/// <summary>
/// Callback offer settings, all required when <see cref="CallQueueSettings.IsCallbackEnabled"/>; at least one
/// of the three thresholds must be set, each at least 1.
/// </summary>
/// <param name="RequestDtmf">The key callers press to ask for a callback (Tone0..Tone9, ToneStar, TonePound).</param>
/// <param name="OfferPrompt">The prompt that offers the callback.</param>
/// <param name="EmailNotificationGroupId">The group told about failed callbacks.</param>
/// <param name="WaitTimeSeconds">Offer after this many seconds of waiting.</param>
/// <param name="CallsInQueue">Offer when this many calls are waiting.</param>
/// <param name="CallToAgentRatio">Offer when calls per agent reach this ratio.</param>
public sealed record CallbackSettings(
    DtmfTone? RequestDtmf = null,
    Prompt? OfferPrompt = null,
    string? EmailNotificationGroupId = null,
    int? WaitTimeSeconds = null,
    int? CallsInQueue = null,
    double? CallToAgentRatio = null);
