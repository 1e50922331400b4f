using ChatPhone.Core.Common;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core.AutoAttendants;

/// <summary>Call flows, menus and transfer targets.</summary>
public static partial class AutoAttendantValidator
{
    /// <summary>Checks a transfer target (operator, menu option, holiday redirect).</summary>
    public static void Target(CallableEntity target, string field, VoiceAppFacts facts, string? selfId, List<Error> problems)
    {
        VoiceAppRules.CallPriority(target.CallPriority, field + ".CallPriority", problems);
        switch (target.Type)
        {
            case CallableEntityType.User:
                VoiceAppRules.VoiceEnabledUser(target.Id, field, facts, problems);
                break;
            case CallableEntityType.ApplicationEndpoint when !facts.HasResourceAccount(target.Id ?? string.Empty):
                problems.Add(new Error("voiceapp.target_not_found", field, target.Id ?? string.Empty));
                break;
            case CallableEntityType.ConfigurationEndpoint:
                var id = target.Id?.Trim().ToLowerInvariant() ?? string.Empty;
                if (id == selfId)
                {
                    problems.Add(new Error("autoattendant.target_self", field));
                }
                else if (!facts.AutoAttendants.ContainsKey(id) && !facts.CallQueues.ContainsKey(id))
                {
                    problems.Add(new Error("voiceapp.target_not_found", field, target.Id ?? string.Empty));
                }

                break;
            case CallableEntityType.ExternalPstn:
                VoiceAppRules.Tel(target.Id, field, problems);
                break;
            case CallableEntityType.SharedVoicemail:
                VoiceAppRules.Group(target.Id, field, problems);
                break;
            case CallableEntityType.ApplicationEndpoint:
                break;
            default:
                problems.Add(new Error("autoattendant.target_type_unknown", field, target.Type));
                break;
        }

        if (target.Type != CallableEntityType.SharedVoicemail && (target.EnableTranscription || target.SuppressSystemPrompt))
        {
            problems.Add(new Error("voiceapp.shared_voicemail_only", field));
        }
    }

    private static void Flow(CallFlow flow, string field, AutoAttendantSettings value, VoiceAppFacts facts, string? selfId, List<Error> problems)
    {
        VoiceAppRules.Name(flow.Name, field + ".Name", problems);
        if (flow.Greeting is not null)
        {
            VoiceAppRules.Prompt(flow.Greeting, field + ".Greeting", problems);
        }

        Menu(flow.Menu, field + ".Menu", value.Operator is not null, facts, selfId, problems);
    }

    private static void Menu(Menu menu, string field, bool hasOperator, VoiceAppFacts facts, string? selfId, List<Error> problems)
    {
        if (string.IsNullOrWhiteSpace(menu.Name))
        {
            problems.Add(new Error("voiceapp.name_required", field + ".Name"));
        }

        if (menu.Prompt is not null)
        {
            VoiceAppRules.Prompt(menu.Prompt, field + ".Prompt", problems);
        }

        if (!Enum.IsDefined(menu.DirectorySearch))
        {
            problems.Add(new Error("autoattendant.directory_search_unknown", field, menu.DirectorySearch));
        }

        foreach (var repeated in menu.Options.GroupBy(o => o.Dtmf).Where(g => g.Count() > 1))
        {
            problems.Add(new Error("autoattendant.dtmf_duplicate", field, repeated.Key));
        }

        foreach (var option in menu.Options)
        {
            Option(option, $"{field}.{option.Dtmf}", hasOperator, facts, selfId, problems);
        }
    }

    private static void Option(MenuOption option, string field, bool hasOperator, VoiceAppFacts facts, string? selfId, List<Error> problems)
    {
        if (option.Dtmf is DtmfTone.ToneStar or DtmfTone.TonePound)
        {
            // The admin center keeps * for Repeat and # for Back; PowerShell still lists them.
            problems.Add(new Error("autoattendant.dtmf_reserved", field, option.Dtmf));
        }
        else if (!Enum.IsDefined(option.Dtmf))
        {
            problems.Add(new Error("autoattendant.dtmf_unknown", field, option.Dtmf));
        }

        switch (option.Action)
        {
            case MenuAction.Announcement when option.Prompt is null:
                problems.Add(new Error("autoattendant.announcement_prompt_required", field));
                break;
            case MenuAction.TransferCallToOperator when !hasOperator:
                problems.Add(new Error("autoattendant.operator_required", field));
                break;
            case MenuAction.TransferCallToTarget when option.Target is null:
                problems.Add(new Error("autoattendant.call_target_required", field));
                break;
            case MenuAction.Announcement or MenuAction.DisconnectCall or MenuAction.TransferCallToOperator or MenuAction.TransferCallToTarget:
                break;
            default:
                problems.Add(new Error("autoattendant.menu_action_unknown", field, option.Action));
                break;
        }

        if (option.Prompt is not null)
        {
            VoiceAppRules.Prompt(option.Prompt, field + ".Prompt", problems);
        }

        if (option.Target is not null)
        {
            Target(option.Target, field + ".CallTarget", facts, selfId, problems);
        }

        var responses = option.VoiceResponses ?? [];
        if (responses.Count > MaxVoiceResponses)
        {
            problems.Add(new Error("autoattendant.too_many_voice_responses", field, responses.Count, MaxVoiceResponses));
        }

        foreach (var response in responses.Where(r => string.IsNullOrWhiteSpace(r) || r.Length > MaxVoiceResponseLength))
        {
            problems.Add(new Error("autoattendant.voice_response_length", field, response?.Length ?? 0, MaxVoiceResponseLength));
        }
    }
}
