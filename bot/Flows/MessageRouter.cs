using ChatPhone.Bot.Flows.Availability;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Bot.Flows.Licensing;
using ChatPhone.Bot.Flows.Numbers;
using ChatPhone.Bot.Flows.Queries;
using ChatPhone.Bot.Flows.Setup;
using ChatPhone.Bot.Recognition;
using Newtonsoft.Json.Linq;

namespace ChatPhone.Bot.Flows;

/// <summary>
/// Routes a message: a card submit goes to the action router, a CSV to the import, an answer to the
/// question this person was asked, and anything else to its intent's flow.
/// </summary>
public sealed class MessageRouter(
    IntentRecognizer recognizer,
    ActionRouter actions,
    FlowSet flows,
    IEnumerable<IQuestionFlow> questions)
{
    private readonly Dictionary<string, IQuestionFlow> _questions = questions.ToDictionary(q => q.Name);

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
            if (result.Replacement is { } card)
            {
                await turn.SendCardAsync(card, cancellationToken);
            }

            return;
        }

        var attachment = activity.Attachments?.FirstOrDefault(a => a.ContentType != Cards.AdaptiveCards.AdaptiveCard.ContentType);
        if (attachment is not null && (CsvAttachmentReader.IsCsv(attachment) || string.IsNullOrWhiteSpace(activity.Text)))
        {
            await flows.DirectoryImport.PlanAsync(turn, attachment, cancellationToken);
            return;
        }

        var intent = recognizer.Recognize(activity.Text, activity.Locale);
        if (intent.Kind == IntentKind.None && turn.State.PendingFlow is { } pending && _questions.TryGetValue(pending, out var question))
        {
            await question.AnswerAsync(turn, activity.Text ?? string.Empty, cancellationToken);
            return;
        }

        await RouteIntentAsync(turn, intent, cancellationToken);
    }

    private Task RouteIntentAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) => intent.Kind switch
    {
        IntentKind.Help => flows.Help.RunAsync(turn, cancellationToken),
        IntentKind.MyNumber => flows.MyNumber.RunAsync(turn, cancellationToken),
        IntentKind.Cancel => flows.Cancel.RunAsync(turn, cancellationToken),
        IntentKind.StartSetup => flows.Checklist.ShowAsync(turn, cancellationToken),
        IntentKind.CheckAvailability => flows.Availability.RunAsync(turn, intent, cancellationToken),
        IntentKind.BuyLicenses => flows.Licenses.PlanBuyAsync(turn, intent, cancellationToken),
        IntentKind.AssignLicense => flows.Licenses.PlanAssignAsync(turn, intent, cancellationToken),
        IntentKind.SearchNumbers => flows.NumberSearch.RunAsync(turn, intent, cancellationToken),
        IntentKind.AssignNumber => flows.AssignNumber.RunAsync(turn, intent, cancellationToken),
        IntentKind.CreditsBalance => flows.Info.CreditsAsync(turn, cancellationToken),
        IntentKind.Quotas => flows.Info.QuotasAsync(turn, cancellationToken),
        IntentKind.None => turn.SendTextAsync(BotText.Get(turn.Language, "DidNotUnderstand"), cancellationToken),
        _ => turn.SendTextAsync(BotText.Get(turn.Language, "NotYetByChat", intent.Kind), cancellationToken),
    };
}

/// <summary>The flows a message can start, gathered so the router's constructor stays readable.</summary>
public sealed record FlowSet(
    HelpFlow Help,
    MyNumberFlow MyNumber,
    CancelFlow Cancel,
    DirectoryImportFlow DirectoryImport,
    ChecklistFlow Checklist,
    AvailabilityFlow Availability,
    LicenseFlow Licenses,
    NumberSearchFlow NumberSearch,
    AssignNumberFlow AssignNumber,
    InfoFlow Info);
