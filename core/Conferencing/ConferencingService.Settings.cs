using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.Conferencing;

public sealed partial class ConferencingService
{
    /// <summary>Changes the given tenant settings; the PIN length must be 4–12.</summary>
    public Task<Result<ConferencingSettings>> UpdateSettingsAsync(UpdateConferencingSettings command, CancellationToken cancellationToken = default)
    {
        var pin = command.PinLength is { } length ? ConferencingRules.PinLength(length) : Result<int>.Ok(0);
        return RunAsync(command, AuditActions.Conferencing.SettingsUpdate, pin.Error,
            reads => reads.One(ConferencingCollections.Settings, ConferencingSettings.Id),
            context => Save(context, Apply(command, Current(context))),
            ConferencingJson.Default.ConferencingSettings, cancellationToken);
    }

    /// <summary>Replaces the invite customisation (https links only; footer at most 500 characters).</summary>
    public Task<Result<ConferencingSettings>> CustomizeInvitesAsync(CustomizeMeetingInvites command, CancellationToken cancellationToken = default)
    {
        var invite = ConferencingRules.Invite(command.Invite);
        return RunAsync(command, AuditActions.Conferencing.InvitesCustomize, invite.Error,
            reads => reads.One(ConferencingCollections.Settings, ConferencingSettings.Id),
            context => Save(context, Current(context) with { Invite = IsEmpty(invite.Value) ? null : invite.Value }),
            ConferencingJson.Default.ConferencingSettings, cancellationToken);
    }

    /// <summary>Puts every tenant setting, invites included, back to its default.</summary>
    public Task<Result<ConferencingSettings>> ResetSettingsAsync(ResetConferencingSettings command, CancellationToken cancellationToken = default) =>
        RunAsync(command, AuditActions.Conferencing.SettingsReset, invalid: null,
            reads => reads.One(ConferencingCollections.Settings, ConferencingSettings.Id),
            context => Save(context, ConferencingSettings.Defaults),
            ConferencingJson.Default.ConferencingSettings, cancellationToken);

    private static ConferencingSettings Current(CommandContext context) =>
        context.Find(ConferencingCollections.Settings, ConferencingSettings.Id) ?? ConferencingSettings.Defaults;

    private static Result<ConferencingSettings> Save(CommandContext context, ConferencingSettings next)
    {
        // Writing an unchanged document would only add a misleading audit entry; absent means defaults.
        if (next != Current(context))
        {
            context.Put(ConferencingCollections.Settings, ConferencingSettings.Id, next);
        }

        return next;
    }

    private static ConferencingSettings Apply(UpdateConferencingSettings command, ConferencingSettings s) => s with
    {
        PinLength = command.PinLength ?? s.PinLength,
        EnableEntryExitNotifications = command.EnableEntryExitNotifications ?? s.EnableEntryExitNotifications,
        EntryExitAnnouncementsType = command.EntryExitAnnouncementsType ?? s.EntryExitAnnouncementsType,
        EnableNameRecording = command.EnableNameRecording ?? s.EnableNameRecording,
        AutomaticallySendEmailsToUsers = command.AutomaticallySendEmailsToUsers ?? s.AutomaticallySendEmailsToUsers,
        AutomaticallyMigrateUserMeetings = command.AutomaticallyMigrateUserMeetings ?? s.AutomaticallyMigrateUserMeetings,
        AllowPstnOnlyMeetingsByDefault = command.AllowPstnOnlyMeetingsByDefault ?? s.AllowPstnOnlyMeetingsByDefault,
        MaskPstnNumbersType = command.MaskPstnNumbersType ?? s.MaskPstnNumbersType,
        AutomaticallyReplaceAcpProvider = command.AutomaticallyReplaceAcpProvider ?? s.AutomaticallyReplaceAcpProvider,
    };

    private static bool IsEmpty(InviteCustomization invite) =>
        invite is { HelpUrl: null, LegalUrl: null, FooterText: null, LogoUrl: null };
}
