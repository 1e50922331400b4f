using BenchmarkDotNet.Attributes;
using ChatPhone.Bot.Recognition;

namespace ChatPhone.Bench.Micro;

/// <summary>One admin sentence and one person's question through the intent recognizer, in English and French.</summary>
[MemoryDiagnoser]
public class RecognitionBenchmarks
{
    private IntentRecognizer _recognizer = null!;

    [Params("en-US", "fr-FR")]
    public string Locale { get; set; } = "en-US";

    [GlobalSetup]
    public void Setup()
    {
        var models = new RecognizerModels();
        models.Build();
        _recognizer = new IntentRecognizer(models, TimeProvider.System);
    }

    [Benchmark]
    public Intent WhatsMyNumber() => _recognizer.Recognize(Locale == "en-US" ? "what's my number?" : "quel est mon numéro ?", Locale);

    [Benchmark]
    public Intent FindNumbers() => _recognizer.Recognize(Locale == "en-US" ? "find 3 numbers in Seattle" : "trouve 3 numéros à Paris", Locale);
}
