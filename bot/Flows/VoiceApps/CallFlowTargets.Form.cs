using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>The menu builder card's side of targets: a menu option as the card's row shows it (action and target in words).</summary>
internal sealed partial class CallFlowTargets
{
    /// <summary>A menu option as the menu builder shows it: the action's choice value and the target as a person would type it.</summary>
    public Cards.VoiceApps.MenuFormKey FormKey(int key, MenuOption option)
    {
        var (action, text) = option.Action switch
        {
            MenuAction.DisconnectCall => ("disconnect", string.Empty),
            MenuAction.TransferCallToOperator => ("operator", string.Empty),
            MenuAction.Announcement => ("announcement", option.Prompt?.TextToSpeech ?? string.Empty),
            _ => FormTarget(option.Target),
        };
        return new Cards.VoiceApps.MenuFormKey(key, action, text);
    }

    private (string Action, string Text) FormTarget(CallableEntity? target)
    {
        var id = target?.Id ?? string.Empty;
        string? Served(string appId) =>
            _queues.FirstOrDefault(q => q.Id.Equals(appId, StringComparison.OrdinalIgnoreCase)) is { } queue ? "queue:" + queue.Settings.Name
            : _attendants.FirstOrDefault(a => a.Id.Equals(appId, StringComparison.OrdinalIgnoreCase)) is { } attendant ? "attendant:" + attendant.Name
            : null;
        var served = target?.Type switch
        {
            CallableEntityType.ApplicationEndpoint => _accounts.FirstOrDefault(a => a.Id.Equals(id, StringComparison.OrdinalIgnoreCase))?.AssociatedWith is { } app ? Served(app) : null,
            CallableEntityType.ConfigurationEndpoint => Served(id),
            _ => null,
        };
        if (served is not null)
        {
            var parts = served.Split(':', 2);
            return (parts[0], parts[1]);
        }

        return target?.Type switch
        {
            CallableEntityType.User => ("person", _people.FirstOrDefault(p => p.AadObjectId.Equals(id, StringComparison.OrdinalIgnoreCase))?.DisplayName ?? id),
            CallableEntityType.ExternalPstn => ("external", id.Replace("tel:", string.Empty, StringComparison.OrdinalIgnoreCase)),
            CallableEntityType.SharedVoicemail => ("voicemail", id),
            _ => ("none", string.Empty),
        };
    }

    private string AccountLabel(ResourceAccount account)
    {
        var served = account.AssociatedWith is not { } id ? null
            : _queues.FirstOrDefault(q => q.Id.Equals(id, StringComparison.OrdinalIgnoreCase)) is { } queue ? BotText.Get(_language, "Aa2_QueueVia", queue.Settings.Name, account.Upn)
            : _attendants.FirstOrDefault(a => a.Id.Equals(id, StringComparison.OrdinalIgnoreCase)) is { } attendant ? BotText.Get(_language, "Aa2_AttendantVia", attendant.Name, account.Upn)
            : null;
        return served ?? BotText.Get(_language, "Aa2_Account", account.Upn);
    }
}
