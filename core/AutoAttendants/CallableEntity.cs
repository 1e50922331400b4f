using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>The kinds of target an auto attendant transfers to (New-CsAutoAttendantCallableEntity -Type).</summary>
public enum CallableEntityType
{
    /// <summary>A person, who must be Enterprise Voice enabled (Phone System).</summary>
    User,

    /// <summary>A resource account (of an AA or a CQ).</summary>
    ApplicationEndpoint,

    /// <summary>An auto attendant or call queue directly (nested, by its id).</summary>
    ConfigurationEndpoint,

    /// <summary>An external number, written <c>tel:+E164</c>.</summary>
    ExternalPstn,

    /// <summary>A group's shared voicemail (an M365 group that accepts external email).</summary>
    SharedVoicemail,
}

/// <summary>A transfer target of an auto attendant (operator, menu option, holiday redirect).</summary>
/// <param name="Type">What kind of target.</param>
/// <param name="Id">Object id, AA/CQ id, group id, or <c>tel:+E164</c>.</param>
/// <param name="CallPriority">1..5 (default 3); only meaningful for ApplicationEndpoint and ConfigurationEndpoint.</param>
/// <param name="EnableTranscription">Shared voicemail only.</param>
/// <param name="SuppressSystemPrompt">Shared voicemail only (EnableSharedVoicemailSystemPromptSuppression).</param>
public sealed record CallableEntity(
    CallableEntityType Type,
    string Id,
    int CallPriority = VoiceAppLimits.DefaultCallPriority,
    bool EnableTranscription = false,
    bool SuppressSystemPrompt = false);
