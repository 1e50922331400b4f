using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.Recognition.Classification;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// The recognizer's command-line verbs: <c>recognize "&lt;text&gt;" [--locale fr-FR]</c> prints the intent, its slots
/// and the model's three likeliest intents; <c>recognize --file utterances.tsv</c> scores a file of
/// <c>intent&lt;TAB&gt;locale&lt;TAB&gt;text</c> lines; <c>train-intents [--corpus dir] [--output file]</c> rebuilds the
/// committed intent model from the corpus.
/// </summary>
internal static class RecognitionVerbs
{
    /// <summary>Where the corpus and the committed model live, from the repository root.</summary>
    public const string CorpusFolder = "bot/Recognition/Corpus";

    /// <summary>The committed model file, from the repository root (embedded in the bot's assembly).</summary>
    public const string ModelFile = "bot/Recognition/IntentModel.zip";

    // Console output read by people: keep "Noël" and "+33…" as typed rather than \u-escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One sentence: its intent, slots and the model's top three, as JSON.</summary>
    public static int Recognize(string text, string? locale, TextWriter output, TimeProvider time)
    {
        var models = new RecognizerModels();
        models.Build();
        var intent = new IntentRecognizer(models, time).Recognize(text, locale);
        var top = models.Intents.Rank(IntentText.FromRaw(text)).Take(3)
            .Select(g => new { intent = g.Kind.ToString(), score = Math.Round(g.Score, 3) });
        output.WriteLine(JsonSerializer.Serialize(
            new { intent = intent.Kind.ToString(), language = intent.Language, slots = intent.Slots, top }, Json));
        return 0;
    }

    /// <summary>Scores every line of <paramref name="path"/>; prints each miss and a last line <c>understanding: P/N right (X%)</c>.</summary>
    public static int RecognizeFile(string path, TextWriter output, TextWriter error, TimeProvider time)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"recognize: no file {path}");
            return 1;
        }

        var models = new RecognizerModels();
        models.Build();
        var recognizer = new IntentRecognizer(models, time);
        var (right, total) = (0, 0);
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            var fields = line.Split('\t');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (fields.Length < 3 || !Enum.TryParse<IntentKind>(fields[0].Trim(), out var expected))
            {
                error.WriteLine($"{path}:{number}: expected intent<TAB>locale<TAB>text with a known intent");
                return 2;
            }

            total++;
            var text = string.Join('\t', fields[2..]);
            var intent = recognizer.Recognize(text, fields[1].Trim());
            if (Matches(intent, expected))
            {
                right++;
                continue;
            }

            var guesses = string.Join(", ", intent.Guesses.Select(g => $"{g.Kind} {g.Score:0.00}"));
            output.WriteLine($"miss\t{expected}\t{intent.Kind}{(guesses.Length > 0 ? $" (did you mean: {guesses})" : "")}\t{text}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"understanding: {right}/{total} right ({(total == 0 ? 0 : 100.0 * right / total):0.0}%)"));
        return 0;
    }

    /// <summary>Trains the intent model on the corpus and writes it where the bot embeds it.</summary>
    public static int Train(string corpus, string model, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(corpus))
        {
            error.WriteLine($"train-intents: no corpus folder {corpus} (run from the repository root, or pass --corpus)");
            return 1;
        }

        var utterances = IntentCorpus.Load(corpus);
        var watch = Stopwatch.StartNew();
        var trained = IntentModelTrainer.Train(utterances);
        using (var file = File.Create(model))
        {
            trained.Save(file);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trained on {utterances.Count} sentences ({utterances.Count(u => u.Language == "en")} en, {utterances.Count(u => u.Language == "fr")} fr) of {trained.Intents.Count} intents in {watch.Elapsed.TotalSeconds:0.0} s: {model} ({new FileInfo(model).Length / 1024} KB), corpus {trained.CorpusFingerprint[..12]}"));
        return 0;
    }

    // A chosen AssignLicense with several people is the bulk assignment: both are the assignment a line names.
    private static bool Matches(Intent intent, IntentKind expected) =>
        intent.Kind == expected || (expected == IntentKind.AssignLicense && intent.Kind == IntentKind.AssignLicensesBulk);
}
