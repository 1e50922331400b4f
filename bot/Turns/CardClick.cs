using System.Text.Json;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.Common;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Turns;

/// <summary>
/// What a card click sent, read once per turn from the activity into System.Text.Json: the Bot Framework hands the data
/// over as Newtonsoft objects (its edge), every flow reads payloads with System.Text.Json. A click arrives as an
/// <c>adaptiveCard/action</c> invoke (Action.Execute: the data under <c>action.data</c>, the verb beside it) or as a
/// message whose value is the data (Action.Submit, in clients that run no Action.Execute).
/// </summary>
public sealed record CardClick(Result<JsonElement> Data)
{
    private const string InvokeName = "adaptiveCard/action";

    /// <summary>The verb the click names, or <c>card.unknown_action</c> (or the reason the data could not be read).</summary>
    public Result<string> Verb => Data.IsSuccess ? CardPayloads.ReadVerb(Data.Value) : Data.Error;

    /// <summary>The click <paramref name="activity"/> carries; null when it is no click.</summary>
    public static CardClick? Read(IActivity activity)
    {
        if (activity.Type == ActivityTypes.Invoke && activity is IInvokeActivity { Name: InvokeName } invoke)
        {
            var action = invoke.Value is JObject value ? value["action"] as JObject : null;
            var data = action?["data"] as JObject ?? [];
            if (action?["verb"] is JValue { Type: JTokenType.String } verb && ((string?)verb)?.Length > 0 && data["verb"] is null)
            {
                // Action.Execute names its verb beside the data; the payloads carry it inside.
                data["verb"] = verb;
            }

            return new CardClick(Convert(data));
        }

        return activity.Type == ActivityTypes.Message && activity is IMessageActivity { Value: JObject submitted }
            ? new CardClick(Convert(submitted))
            : null;
    }

    private static Result<JsonElement> Convert(JObject data)
    {
        try
        {
            using var document = JsonDocument.Parse(data.ToString(Formatting.None));
            return document.RootElement.Clone();
        }
        catch (System.Text.Json.JsonException)
        {
            // Nested deeper than any card sends (System.Text.Json stops at 64 levels): not a payload of ours.
            return new Error("card.invalid_payload");
        }
    }
}
