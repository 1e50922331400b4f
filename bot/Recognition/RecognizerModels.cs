using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.Sequence;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// The Microsoft.Recognizers.Text models for English and French, built once at start-up on one
/// thread (their static caches are not safe to build concurrently) with a regex timeout.
/// </summary>
public sealed class RecognizerModels
{
    /// <summary>Per-regex time limit (the library takes whole seconds): some patterns backtrack for very long on adversarial input.</summary>
    public const int RegexTimeoutSeconds = 1;

    private readonly Lazy<Models> _models = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Builds every model (idempotent).</summary>
    public void Build() => _ = _models.Value;

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
