using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Bot.Recognition;
using Newtonsoft.Json.Linq;

namespace ChatPhone.Bot.Flows;

/// <summary>Routes a message: a card submit goes to the action router, a CSV to the import, text to its intent's flow.</summary>
public sealed class MessageRouter(
    IntentRecognizer recognizer,
    ActionRouter actions,
    HelpFlow help,
    MyNumberFlow myNumber,
    CancelFlow cancel,
    DirectoryImportFlow directoryImport)
{
    /// <summary>Handles one message.</summary>
    public async Task RouteAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        if (turn.State.WasReset)
        {
            await turn.SendTextAsync(BotText.Get(turn.Language, "Flow_Reset"), cancellationToken);
        }

        // Action.Submit fallback: the card's data arrives as the message value.
        if (activity.Value is JObject submitted)
        {
            var result = await actions.RouteAsync(turn, submitted, cancellationToken);
            await turn.SendTextAsync(result.Text, cancellationToken);
            return;
        }

        var attachment = activity.Attachments?.FirstOrDefault(a => a.ContentType != Cards.AdaptiveCards.AdaptiveCard.ContentType);
        if (attachment is not null && (CsvAttachmentReader.IsCsv(attachment) || string.IsNullOrWhiteSpace(activity.Text)))
        {
            await directoryImport.PlanAsync(turn, attachment, cancellationToken);
            return;
        }

        var intent = recognizer.Recognize(activity.Text, activity.Locale);
        await (intent.Kind switch
        {
            IntentKind.Help => help.RunAsync(turn, cancellationToken),
            IntentKind.MyNumber => myNumber.RunAsync(turn, cancellationToken),
            IntentKind.Cancel => cancel.RunAsync(turn, cancellationToken),
            _ => turn.SendTextAsync(BotText.Get(turn.Language, "DidNotUnderstand"), cancellationToken),
        });
    }
}
