using System.Text.RegularExpressions;
using ChatPhone.Bot.Recognition.Slots;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// Resolves a message to an <see cref="Intent"/> and its typed slots, in English and French: phrase
/// patterns pick the intent, then the Recognizers models (built once, see <see cref="RecognizerModels"/>)
/// and the core catalogs read the slots. Input is capped and every pattern has a match timeout, so no
/// message can stall a turn; a message that times out is not understood.
/// </summary>
public sealed class IntentRecognizer(RecognizerModels models, TimeProvider time)
{
    /// <summary>Longest text read; the rest is ignored.</summary>
    public const int MaxInputLength = 2000;

    /// <summary>The intent of <paramref name="text"/>; <paramref name="locale"/> breaks language ties and gives the default phone region.</summary>
    public Intent Recognize(string? text, string? locale)
    {
        var language = LanguageDetector.Detect(text, locale) == Language.French ? "fr" : "en";
        if (string.IsNullOrWhiteSpace(text))
        {
            return Intent.Of(IntentKind.None, language);
        }

        try
        {
            var input = RecognitionInput.Create(text, language, locale, MaxInputLength);
            var kind = IntentPatterns.Ordered.FirstOrDefault(p => p.Pattern.IsMatch(input.Folded)).Kind;
            if (kind is IntentKind.None or IntentKind.Help or IntentKind.Cancel or IntentKind.MyNumber or IntentKind.MyEmergencyAddress
                or IntentKind.MyLicenses or IntentKind.MyDialIn or IntentKind.UseHelpdeskChannel or IntentKind.ListTickets or IntentKind.ShowOrganisationProfile)
            {
                return Intent.Of(kind, language);
            }

            var context = new SlotContext(input, models, time.GetLocalNow().DateTime);
            kind = SlotFiller.Fill(kind, context);
            return new Intent(kind, context.Slots, language);
        }
        catch (RegexMatchTimeoutException)
        {
            return Intent.Of(IntentKind.None, language);
        }
    }
}
