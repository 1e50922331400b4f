using System.Text.RegularExpressions;
using ChatPhone.Bot.Recognition.Classification;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.Sequence;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// The models recognition uses, built once at start-up: the trained intent model (see <see cref="IntentModel"/>) and
/// the Microsoft.Recognizers.Text models for English and French, built on one thread (their static caches are not safe
/// to build concurrently) with a regex timeout.
/// </summary>
public sealed class RecognizerModels(Func<IntentModel> loadIntents)
{
    /// <summary>Per-regex time limit (the library takes whole seconds): some patterns backtrack for very long on adversarial input.</summary>
    public const int RegexTimeoutSeconds = 1;

    // The library's caches are static, so two instances (the host's and the recognize verb's, or tests) must not build at once either.
    private static readonly Lock BuildLock = new();

    private readonly Lazy<Models> _models = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IntentModel> _intents = new(loadIntents, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The models with the intent model committed with the bot.</summary>
    public RecognizerModels()
        : this(IntentModel.LoadEmbedded)
    {
    }

    /// <summary>Builds every model (idempotent); the intent model loads while the Recognizers models build.</summary>
    public void Build()
    {
        var intents = Task.Run(() => _intents.Value.Rank(IntentText.FromRaw("warm up the prediction engine")));
        _ = _models.Value;
        intents.GetAwaiter().GetResult();
    }

    /// <summary>The trained intent classifier.</summary>
    public IntentModel Intents => _intents.Value;

    /// <summary>The number model of <paramref name="culture"/> (<see cref="Culture.English"/> or <see cref="Culture.French"/>).</summary>
    public IModel Number(string culture) => _models.Value.Numbers[culture];

    /// <summary>The e-mail model (culture-independent).</summary>
    public IModel Email => _models.Value.Email;

    /// <summary>The phone number model (candidates only: confirm with libphonenumber).</summary>
    public IModel PhoneNumber => _models.Value.PhoneNumber;

    /// <summary>The date-time model of <paramref name="culture"/>.</summary>
    public IModel DateTime(string culture) => _models.Value.DateTimes[culture];

    private static Models Create()
    {
        lock (BuildLock)
        {
            var models = CreateUnlocked();
            WarmUp(models);
            return models;
        }
    }

    // The first parse of each model compiles its regexes; on a busy machine that alone can exceed the
    // regex timeout and silently lose a slot, so it is done here, at start-up, rather than on a user's turn.
    // Only building races on the library's static caches; parsing is what every turn does concurrently,
    // so the cultures are warmed side by side (French dates alone take most of the time).
    private static void WarmUp(Models models)
    {
        const string english = "add a holiday for a day, Christmas on December 25, find three numbers, open 9 to 5 Monday to Friday every week, who changed what yesterday, since last week or tomorrow at 3pm, add $50, call +1 206 555 0100 or alex@contoso.com";
        const string french = "ajoute un jour férié, Noël le 25 décembre, trouve trois numéros, ouvert de 9h à 17h du lundi au vendredi chaque semaine, qui a modifié quoi hier, depuis la semaine dernière ou demain à 15h, ajoute 50 €, appelle le 01 84 88 00 00";
        Parallel.Invoke(
            () => Warm(models.DateTimes[Culture.French], french),
            () => Warm(models.Numbers[Culture.French], french),
            () =>
            {
                Warm(models.DateTimes[Culture.English], english);
                Warm(models.Numbers[Culture.English], english);
                Warm(models.Email, english);
                Warm(models.PhoneNumber, english);
            });
    }

    // Warming is best effort: a first parse that runs past the regex timeout on a starved machine has still compiled
    // what it reached, and a turn treats the same timeout as "no slot". It must not fail the models (nor the host).
    private static void Warm(IModel model, string text)
    {
        try
        {
            model.Parse(text);
        }
        catch (RegexMatchTimeoutException)
        {
        }
    }

    private static Models CreateUnlocked()
    {
        string[] cultures = [Culture.English, Culture.French];
        var numbers = cultures.ToDictionary(c => c, c => (IModel)new NumberRecognizer(c, NumberOptions.None, lazyInitialization: false, timeoutInSeconds: RegexTimeoutSeconds).GetNumberModel());
        var dates = cultures.ToDictionary(c => c, c => (IModel)new DateTimeRecognizer(c, DateTimeOptions.None, lazyInitialization: false, timeoutInSeconds: RegexTimeoutSeconds).GetDateTimeModel());
        var sequence = new SequenceRecognizer(Culture.English, SequenceOptions.None, lazyInitialization: false, timeoutInSeconds: RegexTimeoutSeconds);
        return new Models(numbers, dates, sequence.GetEmailModel(), sequence.GetPhoneNumberModel());
    }

    private sealed record Models(
        IReadOnlyDictionary<string, IModel> Numbers,
        IReadOnlyDictionary<string, IModel> DateTimes,
        IModel Email,
        IModel PhoneNumber);
}
