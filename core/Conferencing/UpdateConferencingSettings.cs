using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

/// <summary>Changes the tenant conferencing settings that are given; the others keep their value.</summary>
public sealed record UpdateConferencingSettings(
    Actor Actor,
    IdempotencyKey Key,
    int? PinLength = null,
    bool? EnableEntryExitNotifications = null,
    EntryExitAnnouncementsType? EntryExitAnnouncementsType = null,
    bool? EnableNameRecording = null,
    bool? AutomaticallySendEmailsToUsers = null,
    bool? AutomaticallyMigrateUserMeetings = null,
    bool? AllowPstnOnlyMeetingsByDefault = null,
    MaskPstnNumbersType? MaskPstnNumbersType = null,
    bool? AutomaticallyReplaceAcpProvider = null) : IMutation;
