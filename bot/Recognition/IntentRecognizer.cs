using System.Text.RegularExpressions;
using ChatPhone.Bot.Recognition.Classification;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// Resolves a message to an <see cref="Intent"/> and its typed slots, in English and French: the trained intent model
/// (see <see cref="IntentModel"/>) chooses the intent, then the Recognizers models (built once, see
/// <see cref="RecognizerModels"/>) and the core catalogs read the slots, which may refine the intent (several people
/// make an assignment bulk), and a sentence that does something to one object of a kind-bound intent's kind is the
/// generic object intent (see <see cref="ObjectOperations"/>). A choice below <see cref="IntentConfidence"/>'s bar is
/// not acted on: the intent is <see cref="IntentKind.None"/> with the likeliest guesses, for a "did you mean…?" card. A
/// question is marked as such, so what it leads to offers a ticket rather than opening one. Input is capped and every
/// pattern has a match timeout, so no message can stall a turn; a message that times out is not understood.
/// </summary>
public sealed class IntentRecognizer(RecognizerModels models, TimeProvider time)
{
    /// <summary>Longest text read; the rest is ignored.</summary>
    public const int MaxInputLength = 2000;

    /// <summary>The intent of <paramref name="text"/>; <paramref name="locale"/> breaks language ties and gives the default phone region.</summary>
    public Intent Recognize(string? text, string? locale)
    {
        var language = LanguageOf(text, locale);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Intent.Of(IntentKind.None, language);
        }

        var input = RecognitionInput.Create(text, language, locale, MaxInputLength);
        if (CallSimulationSlots.Says(input.Folded))
        {
            // "What happens when someone calls…?", "press 1": the words say it whatever the model would guess.
            return Fill(IntentKind.SimulateCall, input);
        }

        if (ExportSentences.Says(input.Folded))
        {
            return Intent.Of(IntentKind.ExportPowerShell, language) with { IsQuestion = input.IsQuestion, Text = input.Text };
        }

        if (DirectorySyncSentences.SaysNumbers(input.Folded))
        {
            return Intent.Of(IntentKind.SyncNumbers, language) with { IsQuestion = input.IsQuestion, Text = input.Text };
        }

        if (DirectorySyncSentences.Says(input.Folded))
        {
            return Intent.Of(IntentKind.SyncDirectory, language) with { IsQuestion = input.IsQuestion, Text = input.Text };
        }

        if (ConferencingSentences.Refine(input.Folded) is { } conferencing)
        {
            return WithKind(Fill(conferencing, input), ObjectKind.ConferenceBridge);
        }

        if (PeopleSentences.Refine(input.Folded) is { } people)
        {
            return WithKind(Intent.Of(people, language) with { IsQuestion = input.IsQuestion, Text = input.Text }, ObjectKind.Person);
        }

        if (AudioFileSlots.Says(input.Folded))
        {
            return Fill(IntentKind.AudioFiles, input);
        }

        var ranked = models.Intents.Rank(IntentText.FromFolded(input.Folded));
        var best = ranked[0];
        if (ObjectOperations.ShowsOneNumber(best.Kind, input.Text, input.Folded))
        {
            return WithKind(Fill(IntentKind.ShowObject, input), ObjectKind.PhoneNumber) with { Confidence = best.Score };
        }

        if (ObjectOperations.LinksAResourceAccount(input.Folded))
        {
            return WithKind(Fill(IntentKind.ChangeObject, input), ObjectKind.ResourceAccount) with { Confidence = best.Score };
        }

        if (AttendantSentences.CreatesOne(input.Folded))
        {
            return Fill(IntentKind.CreateAutoAttendant, input) with { Confidence = best.Score };
        }

        if (AttendantSentences.ChangesAMenuOutright(input.Folded))
        {
            return WithKind(Fill(IntentKind.ChangeObject, input), ObjectKind.AutoAttendant) with { Confidence = best.Score };
        }

        if (CallQueueSentences.Creates(best.Kind, input.Folded))
        {
            return Fill(IntentKind.CreateCallQueue, input) with { Confidence = best.Score };
        }

        if (!input.IsQuestion && CallQueueSentences.NamesAgentSources(input.Folded))
        {
            return WithKind(Fill(IntentKind.ChangeObject, input), ObjectKind.CallQueue) with { Confidence = best.Score };
        }

        // A question about a queue's behaviour ("do calls to Sales go to voicemail when no agent is available?") is no change.
        if (!input.Folded.TrimEnd().EndsWith('?') && (CallQueueSentences.Changes(best.Kind, input.Folded) || CallQueueSentences.RemovesAgents(best.Kind, input.Folded)))
        {
            return WithKind(Fill(IntentKind.ChangeObject, input), ObjectKind.CallQueue) with { Confidence = best.Score };
        }

        if (best.Kind == IntentKind.None && best.Score >= IntentConfidence.ToAnswer)
        {
            return Intent.Of(IntentKind.None, language);
        }

        if ((best.Kind == IntentKind.None || best.Score < IntentConfidence.Required(best.Kind)) && ObjectOperations.SetsALicenseCount(ranked, input.Folded))
        {
            return Fill(IntentKind.BuyLicenses, input) with { Confidence = best.Score };
        }

        if (best.Kind == IntentKind.None || best.Score < IntentConfidence.Required(best.Kind))
        {
            return Intent.Of(IntentKind.None, language) with
            {
                Guesses = ranked.Where(g => g.Kind != IntentKind.None && g.Score >= IntentConfidence.ToSuggest).Take(IntentConfidence.Suggestions).ToArray(),
            };
        }

        if (ObjectOperations.Refine(best.Kind, input.Text, input.Folded) is { } refined)
        {
            // The kind-bound intent said which kind, even when the sentence only names the object ("resolve T-1001").
            return WithKind(Fill(refined.Intent, input), refined.Kind) with { Confidence = best.Score };
        }

        if (AttendantSentences.ChangesAMenu(best.Kind, input.Folded))
        {
            return WithKind(Fill(best.Kind, input), ObjectKind.AutoAttendant) with { Confidence = best.Score };
        }

        return Fill(best.Kind, input) with { Confidence = best.Score };
    }

    /// <summary>The slots of <paramref name="text"/> read as <paramref name="kind"/>: the intent a person chose on a "did you mean…?" card.</summary>
    public Intent RecognizeAs(IntentKind kind, string? text, string? locale)
    {
        var language = LanguageOf(text, locale);
        return string.IsNullOrWhiteSpace(text)
            ? Intent.Of(kind, language)
            : Fill(kind, RecognitionInput.Create(text, language, locale, MaxInputLength));
    }

    private Intent Fill(IntentKind kind, RecognitionInput input)
    {
        if (!SlotFiller.HasSlots(kind))
        {
            return Intent.Of(kind, input.Language) with { IsQuestion = input.IsQuestion, Text = input.Text };
        }

        try
        {
            var context = new SlotContext(input, models, time.GetLocalNow().DateTime);
            kind = SlotFiller.Fill(kind, context);
            return new Intent(kind, context.Slots, input.Language) { IsQuestion = input.IsQuestion, Text = input.Text };
        }
        catch (RegexMatchTimeoutException)
        {
            return Intent.Of(IntentKind.None, input.Language);
        }
    }

    private static Intent WithKind(Intent intent, ObjectKind kind) =>
        intent with { Slots = new Dictionary<string, string>(intent.Slots) { [SlotNames.ObjectKind] = kind.ToString() } };

    private static string LanguageOf(string? text, string? locale) =>
        LanguageDetector.Detect(text, locale) == Language.French ? "fr" : "en";
}
