namespace ChatPhone.Core.Conferencing;

/// <summary>
/// The tenant's audio conferencing settings (reference step 6, Set-CsOnlineDialInConferencingTenantSettings):
/// one document per tenant; an absent document means every default.
/// </summary>
/// <param name="PinLength">Digits in organizers' PINs, <see cref="ConferencingRules.MinPinLength"/>–<see cref="ConferencingRules.MaxPinLength"/>; applies to every bridge number.</param>
/// <param name="EnableEntryExitNotifications">Announce people joining and leaving.</param>
/// <param name="EntryExitAnnouncementsType">Names or a tone.</param>
/// <param name="EnableNameRecording">Ask dial-in callers to record their name.</param>
/// <param name="AutomaticallySendEmailsToUsers">E-mail organizers on enable, provider change, PIN reset and default-number change.</param>
/// <param name="AutomaticallyMigrateUserMeetings">Reschedule organizers' meetings when their dial-in details change.</param>
/// <param name="AllowPstnOnlyMeetingsByDefault">Let callers start meetings without the organizer; applies to organizers enabled afterwards only.</param>
/// <param name="MaskPstnNumbersType">Whose phone numbers are masked in the roster.</param>
/// <param name="AutomaticallyReplaceAcpProvider">Move third-party (ACP) organizers to Microsoft when they get the license.</param>
/// <param name="Invite">What meeting invites add (links, footer, logo).</param>
public sealed record ConferencingSettings(
    int PinLength = ConferencingRules.DefaultPinLength,
    bool EnableEntryExitNotifications = true,
    EntryExitAnnouncementsType EntryExitAnnouncementsType = EntryExitAnnouncementsType.UseNames,
    bool EnableNameRecording = true,
    bool AutomaticallySendEmailsToUsers = true,
    bool AutomaticallyMigrateUserMeetings = true,
    bool AllowPstnOnlyMeetingsByDefault = false,
    MaskPstnNumbersType MaskPstnNumbersType = MaskPstnNumbersType.MaskedForExternalUsers,
    bool AutomaticallyReplaceAcpProvider = false,
    InviteCustomization? Invite = null)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The one document id.</summary>
    public const string Id = "tenant";

    /// <summary>The settings of a tenant that never changed them.</summary>
    public static ConferencingSettings Defaults { get; } = new();
}

/// <summary>How entries and exits are announced.</summary>
public enum EntryExitAnnouncementsType
{
    /// <summary>Say the caller's recorded name.</summary>
    UseNames,

    /// <summary>Play a tone only.</summary>
    ToneOnly,
}

/// <summary>Who sees dial-in callers' phone numbers masked.</summary>
public enum MaskPstnNumbersType
{
    /// <summary>Masked for people outside the organisation (the default).</summary>
    MaskedForExternalUsers,

    /// <summary>Masked for everyone.</summary>
    MaskedForAllUsers,

    /// <summary>Never masked.</summary>
    NoMasking,
}

/// <summary>What meeting invites add (2018 admin center "customize meeting invitations"). Links are https only.</summary>
/// <param name="HelpUrl">A help page.</param>
/// <param name="LegalUrl">Legal terms.</param>
/// <param name="FooterText">Free text under the dial-in details.</param>
/// <param name="LogoUrl">A small logo image.</param>
public sealed record InviteCustomization(string? HelpUrl, string? LegalUrl, string? FooterText, string? LogoUrl);
