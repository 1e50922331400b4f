using System.Globalization;
using System.Text.Json;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>Reads the call queue edit form's inputs (<see cref="CallQueueEditFields"/>); a value that is not of its kind refuses the form.</summary>
internal static class CallQueueEditInputs
{
    public static Result<CallQueueEdit> Read(JsonElement data)
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

        var presence = Text(data, CallQueueEditFields.Presence);
        var conference = Text(data, CallQueueEditFields.Conference);
        if (presence is not (null or "true" or "false") || conference is not (null or "true" or "false"))
        {
            return new Error("form.invalid_field", presence is not (null or "true" or "false") ? CallQueueEditFields.Presence : CallQueueEditFields.Conference);
        }

        // An agent picker sent empty means every agent was unticked; absent means the client did not send it.
        var agents = data.ValueKind == JsonValueKind.Object && data.TryGetProperty(CallQueueEditFields.Agents, out var picked) && picked.ValueKind == JsonValueKind.String
            ? picked.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : null;
        return new CallQueueEdit
        {
            Name = Text(data, CallQueueEditFields.Name),
            Routing = routing is null ? null : Enum.Parse<RoutingMethod>(routing),
            AlertTime = numbers[CallQueueEditFields.AlertTime],
            Timeout = numbers[CallQueueEditFields.Timeout],
            Overflow = numbers[CallQueueEditFields.Overflow],
            Presence = presence is null ? null : presence == "true",
            Conference = conference is null ? null : conference == "true",
            Users = agents,
        };
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
