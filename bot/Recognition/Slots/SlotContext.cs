using System.Diagnostics;
using System.Globalization;
using Microsoft.Recognizers.Text;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// The state of slot filling for one message: the input, the models, today's date, the slots found and
/// which characters a slot already used (so a phone number is not also read as a quantity or a name).
/// </summary>
internal sealed class SlotContext(RecognitionInput input, RecognizerModels models, DateTime now)
{
    private readonly bool[] _used = new bool[input.Text.Length];

    public RecognitionInput Input { get; } = input;

    public RecognizerModels Models { get; } = models;

    /// <summary>The reference time for relative dates ("yesterday", "December 25").</summary>
    public DateTime Now { get; } = now;

    public Dictionary<string, string> Slots { get; } = new(StringComparer.Ordinal);

    public string Text => Input.Text;

    public string Folded => Input.Folded;

    /// <summary>Marks characters as taken by a slot.</summary>
    public void Use(int start, int length)
    {
        for (var i = Math.Max(0, start); i < Math.Min(_used.Length, start + length); i++)
        {
            _used[i] = true;
        }
    }

    public bool IsUsed(int index) => index >= 0 && index < _used.Length && _used[index];

    /// <summary>The text with every used character replaced by a space.</summary>
    public string Unused() => new(Text.Select((c, i) => _used[i] ? ' ' : c).ToArray());

    public void Set(string slot, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Slots.TryAdd(slot, value.Trim());
        }
    }

    /// <summary>
    /// Runs a model. The first time a model meets a new kind of phrase its regexes are compiled, which on
    /// a busy machine can reach the library's regex timeout and silently drop results; such a slow run is
    /// retried once (the regexes are compiled by then). Warm-up at start-up makes this rare.
    /// </summary>
    public List<ModelResult> Run(Func<string, List<ModelResult>> parse, string text)
    {
        var started = Stopwatch.GetTimestamp();
        var results = parse(text);
        return Stopwatch.GetElapsedTime(started) >= TimeSpan.FromSeconds(RecognizerModels.RegexTimeoutSeconds) ? parse(text) : results;
    }

    public void Set(string slot, decimal value) => Set(slot, value.ToString("0.##", CultureInfo.InvariantCulture));
}
