using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Directory;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Turns;

namespace ChatPhone.Bot.Flows;

/// <summary>
/// Routes a message: a card submit goes to the action router, an audio file to its import, a CSV to the import (or, said to be numbers to port, to
/// the port form), an answer to the question this person was asked, and anything else to the flow that handles its intent.
/// </summary>
public sealed class MessageRouter(
    IntentRecognizer recognizer,
    ActionRouter actions,
    DirectoryImportFlow directoryImport,
    AudioFiles.AudioUploadFlow audioUpload,
    Numbers.PortNumbersFlow port,
    IntentFlows intentFlows,
    IEnumerable<IQuestionFlow> questions)
{
    private readonly Dictionary<string, IQuestionFlow> _questions = questions.ToDictionary(q => q.Name);

    // Intents whose answer usually takes more than a second (bulk plans, searches at the carrier, exports).
    private static readonly HashSet<IntentKind> SlowIntents =
        [IntentKind.AssignLicensesBulk, IntentKind.SearchNumbers, IntentKind.ListNumbers, IntentKind.ShowAudit];

    // Words in an answer short enough to be one ("Call queue", "Japon", "4242 12/2030") rather than a new request.
    private const int AnswerWords = 3;

    // Beside a file the choice is only port or import: the likeliest reading decides, even below the bar to act alone.
    private static bool SaysPort(Intent intent) =>
        intent.Kind == IntentKind.PortNumbers || (intent.Kind == IntentKind.None && intent.Guesses.Count > 0 && intent.Guesses[0].Kind == IntentKind.PortNumbers);

    /// <summary>Handles one message.</summary>
    public async Task RouteAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        if (turn.State.WasReset)
        {
            await turn.SendTextAsync(BotText.Get(turn.Language, "Flow_Reset"), cancellationToken);
        }

        // Action.Submit fallback: the card's data arrives as the message value.
        if (turn.Click is not null)
        {
            var result = await actions.RouteAsync(turn, cancellationToken);
            if (!result.Quiet)
            {
                await turn.SendTextAsync(result.Text, cancellationToken);
            }

            if (result.Replacement is { } card)
            {
                await turn.SendCardAsync(card, cancellationToken);
            }

            return;
        }

        // An audio file is a greeting or music on hold to import, whatever words come with it.
        if (activity.Attachments?.FirstOrDefault(AudioFiles.AudioUploadFlow.Carries) is { } audio)
        {
            await Typing.ShowAsync(turn.Context, cancellationToken);
            await audioUpload.PlanAsync(turn, audio, cancellationToken);
            return;
        }

        // Teams adds a text/html copy of the message beside a file: the CSV, wherever it is, is the one to import.
        var attachment = activity.Attachments?.FirstOrDefault(CsvAttachmentReader.IsCsv)
            ?? activity.Attachments?.FirstOrDefault(a => a.ContentType != Cards.AdaptiveCards.AdaptiveCard.ContentType);
        if (attachment is not null && (CsvAttachmentReader.IsCsv(attachment) || string.IsNullOrWhiteSpace(activity.Text)))
        {
            await Typing.ShowAsync(turn.Context, cancellationToken);
            if (CsvAttachmentReader.IsCsv(attachment) && SaysPort(recognizer.Recognize(activity.Text, activity.Locale)))
            {
                // "Port these numbers" with a file: the numbers of a port order, not people to import.
                await port.FromFileAsync(turn, attachment, cancellationToken);
                return;
            }

            await directoryImport.PlanAsync(turn, attachment, cancellationToken);
            return;
        }

        var intent = recognizer.Recognize(activity.Text, activity.Locale);
        if (turn.State.PendingFlow is { } pending && _questions.TryGetValue(pending, out var question) && IsAnswer(intent, activity.Text))
        {
            await question.AnswerAsync(turn, activity.Text ?? string.Empty, cancellationToken);
            return;
        }

        // "Show Alex Wilber": a name alone, which only the tenant's objects can place.
        if (intent.Kind == IntentKind.None
            && Recognition.Slots.ShowSentences.NameIn(RecognitionInput.Create(activity.Text ?? string.Empty, "en", activity.Locale, IntentRecognizer.MaxInputLength).Folded) is not null
            && intentFlows.For(IntentKind.ShowObject) is Objects.ObjectFlow objects
            && await objects.TryShowNamedAsync(turn, intent, activity.Text ?? string.Empty, cancellationToken))
        {
            return;
        }

        if (intent.Kind == IntentKind.None && intent.Guesses.Count > 0)
        {
            await IntentChoiceFlow.OfferAsync(turn, activity.Text ?? string.Empty, intent, cancellationToken);
            return;
        }

        if (intentFlows.For(intent.Kind) is { } flow)
        {
            if (SlowIntents.Contains(intent.Kind))
            {
                await Typing.ShowAsync(turn.Context, cancellationToken);
            }

            await flow.RunAsync(turn, intent, cancellationToken);
            return;
        }

        await turn.SendTextAsync(intent.Kind == IntentKind.None
            ? BotText.Get(turn.Language, "DidNotUnderstand")
            : BotText.Get(turn.Language, "NotYetByChat", Cards.Help.DidYouMeanCard.Label(intent.Kind.ToString(), turn.Language)), cancellationToken);
    }

    // While a question waits, a short reply answers it even when it reads like a request ("Call queue" answers "for a
    // call queue or an auto attendant?"); "cancel" and "help" keep their meaning.
    private static bool IsAnswer(Intent intent, string? text) =>
        intent.Kind == IntentKind.None
        || (intent.Kind is not (IntentKind.Cancel or IntentKind.Help)
            && (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= AnswerWords);
}
