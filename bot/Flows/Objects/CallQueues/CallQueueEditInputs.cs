using System.Globalization;
using System.Text.Json;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// Reads the call queue edit form's inputs (<see cref="CallQueueEditFields"/>, <see cref="CallQueueFormFields"/>); a value
/// that is not of its kind refuses the form. Greeting, music and the actions come back as a sentence would name them, so
/// their targets are looked up the same way.
/// </summary>
internal static class CallQueueEditInputs
{
    public static Result<(CallQueueEdit Edit, QueueSettingsRequest Settings)> Read(JsonElement data)
    {
        var routing = Text(data, CallQueueEditFields.Routing);
        if (routing is not null && (!Enum.TryParse<RoutingMethod>(routing, ignoreCase: false, out _) || !Enum.IsDefined(Enum.Parse<RoutingMethod>(routing))))
        {
            return new Error("form.invalid_field", CallQueueEditFields.Routing);
        }

        var numbers = new Dictionary<string, int?>();
        foreach (var field in new[] { CallQueueEditFields.AlertTime, CallQueueEditFields.Timeout, CallQueueEditFields.Overflow })
        {
            var text = Text(data, field);
            if (text is null)
            {
                numbers[field] = null;
            }
            else if (decimal.TryParse(text, NumberStyles.Integer | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
            {
                numbers[field] = (int)value;
            }
            else
            {
                return new Error("form.invalid_field", field);
            }
        }

        foreach (var field in new[] { CallQueueEditFields.Presence, CallQueueEditFields.Conference, CallQueueFormFields.OptOut })
        {
            if (Text(data, field) is not (null or "true" or "false"))
            {
                return new Error("form.invalid_field", field);
            }
        }

        var presence = Text(data, CallQueueEditFields.Presence);
        var conference = Text(data, CallQueueEditFields.Conference);
        var optOut = Text(data, CallQueueFormFields.OptOut);
        var applyTo = Text(data, CallQueueFormFields.NoAgentApplyTo);
        if (applyTo is not null && !Enum.GetNames<NoAgentApplyTo>().Contains(applyTo))
        {
            return new Error("form.invalid_field", CallQueueFormFields.NoAgentApplyTo);
        }

        var actions = new Dictionary<string, QueueActionRequest?>();
        foreach (var (action, target) in new[]
        {
            (CallQueueFormFields.OverflowAction, CallQueueFormFields.OverflowTarget),
            (CallQueueFormFields.TimeoutAction, CallQueueFormFields.TimeoutTarget),
            (CallQueueFormFields.NoAgentAction, CallQueueFormFields.NoAgentTarget),
        })
        {
            var verb = Text(data, action);
            if (verb is not null && !Enum.GetNames<QueueVerb>().Contains(verb))
            {
                return new Error("form.invalid_field", action);
            }

            actions[action] = verb is null ? null : Action(Enum.Parse<QueueVerb>(verb), Text(data, target));
        }

        var music = Text(data, CallQueueFormFields.Music);
        var greeting = data.ValueKind == JsonValueKind.Object && data.TryGetProperty(CallQueueFormFields.Greeting, out var typed) && typed.ValueKind == JsonValueKind.String
            ? typed.GetString()!.Trim()
            : null;
        var settings = new QueueSettingsRequest
        {
            // A greeting box sent empty removes the greeting; absent leaves it.
            Greeting = greeting is null ? null : greeting.Length == 0 ? new PromptRequest(None: true) : new PromptRequest(Text: greeting),
            Music = data.ValueKind == JsonValueKind.Object && data.TryGetProperty(CallQueueFormFields.Music, out _)
                ? music is null ? new PromptRequest(None: true) : Guid.TryParse(music, out _) ? new PromptRequest(AudioId: music) : new PromptRequest(AudioName: music)
                : null,
            OverflowAction = actions[CallQueueFormFields.OverflowAction],
            TimeoutAction = actions[CallQueueFormFields.TimeoutAction],
            NoAgentAction = actions[CallQueueFormFields.NoAgentAction],
            NoAgentApplyTo = applyTo is null ? null : Enum.Parse<NoAgentApplyTo>(applyTo),
        };

        // An agent picker sent empty means every agent was unticked; absent means the client did not send it.
        var agents = data.ValueKind == JsonValueKind.Object && data.TryGetProperty(CallQueueEditFields.Agents, out var picked) && picked.ValueKind == JsonValueKind.String
            ? picked.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : null;
        var edit = new CallQueueEdit
        {
            Name = Text(data, CallQueueEditFields.Name),
            Routing = routing is null ? null : Enum.Parse<RoutingMethod>(routing),
            AlertTime = numbers[CallQueueEditFields.AlertTime],
            Timeout = numbers[CallQueueEditFields.Timeout],
            Overflow = numbers[CallQueueEditFields.Overflow],
            Presence = presence is null ? null : presence == "true",
            Conference = conference is null ? null : conference == "true",
            OptOut = optOut is null ? null : optOut == "true",
            Users = agents,
        };
        return (edit, settings);
    }

    // The target box holds words, read like a sentence's target: "+33 1 …", "queue Support", "Megan Bowen", a group id.
    private static QueueActionRequest Action(QueueVerb verb, string? target)
    {
        if (target is null || verb is QueueVerb.Disconnect or QueueVerb.Queue)
        {
            return new QueueActionRequest(verb);
        }

        var (type, mention) = QueueActionSentence.Target(target) ?? (QueueTargetType.None, target);
        return verb == QueueVerb.Voicemail && type != QueueTargetType.Person ? new QueueActionRequest(verb) : new QueueActionRequest(verb, type, mention);
    }

    // Clients send input values as strings; some send numbers as numbers.
    private static string? Text(JsonElement data, string id)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(id, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return text is { Length: > 0 } ? text : null;
    }
}
