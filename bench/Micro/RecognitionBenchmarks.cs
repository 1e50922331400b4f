using BenchmarkDotNet.Attributes;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Classification;

namespace ChatPhone.Bench.Micro;

/// <summary>One admin sentence and one person's question through the intent recognizer, in English and French.</summary>
[MemoryDiagnoser]
public class RecognitionBenchmarks
{
    private IntentRecognizer _recognizer = null!;
    private RecognizerModels _models = null!;

    [Params("en-US", "fr-FR")]
    public string Locale { get; set; } = "en-US";

    [GlobalSetup]
    public void Setup()
    {
        _models = new RecognizerModels();
        _models.Build();
        _recognizer = new IntentRecognizer(_models, TimeProvider.System);
    }

    [Benchmark]
    public Intent WhatsMyNumber() => _recognizer.Recognize(Locale == "en-US" ? "what's my number?" : "quel est mon numéro ?", Locale);

    /// <summary>The trained intent model alone, on a sentence it never saw in training.</summary>
    [Benchmark]
    public IntentGuess[] IntentModelOnly() => _models.Intents.Rank(IntentText.FromRaw(
        Locale == "en-US" ? "could you get me two more lines in Seattle for the new hires" : "il nous faudrait deux lignes de plus à Paris pour les nouveaux"));

    [Benchmark]
    public Intent FindNumbers() => _recognizer.Recognize(Locale == "en-US" ? "find 3 numbers in Seattle" : "trouve 3 numéros à Paris", Locale);
}
