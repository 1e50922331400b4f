using System.Diagnostics;
using System.Text;
using ChatPhone.Bench.Infrastructure;
using ChatPhone.Bot.Recognition;

namespace ChatPhone.Bench.Recognition;

/// <summary>
/// P5: the intent recognizer warm (EN/FR mix) with its per-utterance p50/p99 (the whole recognition, and the intent
/// model alone), its managed heap, and adversarial inputs against the regex timeout.
/// </summary>
internal static class RecognitionBench
{
    private static readonly string[] Templates =
    [
        "what's my number?", "quel est mon numéro ?", "find {n} numbers in Seattle", "trouve {n} numéros à Lille",
        "assign +1 206 555 {d4} to person{i}@contoso.com", "attribue le +33 1 23 45 {d2} {d2b} à personne{i}@contoso.com",
        "buy {n} Phone System licenses", "achète {n} licences Phone System", "give person{i}@contoso.com Phone System and a domestic calling plan",
        "create a call queue Sales{i}", "crée une file d'attente Ventes{i}", "add {n} credits", "is Phone System available in Japan?",
        "create an auto attendant Reception{i} open 08:00 to 18:00 Monday to Friday", "crée un standard Accueil{i}",
        "I can't call out", "je ne reçois pas d'appels", "check person{i}'s phone setup", "release +1 206 555 {d4}",
        "request {n} numbers in Lyon", "aide", "help", "holiday Christmas{i} from December 24 to December 26",
    ];

    public static string Run(Sizes sizes)
    {
        var models = new RecognizerModels();
        var build = Stopwatch.StartNew();
        models.Build();
        build.Stop();
        var recognizer = new IntentRecognizer(models, TimeProvider.System);
        Recognize(recognizer, 0, Math.Min(1000, sizes.RecognitionWarm));
        var warmHeap = Heap();

        var started = Stopwatch.GetTimestamp();
        var each = Recognize(recognizer, 0, sizes.RecognitionWarm);
        var warm = Stopwatch.GetElapsedTime(started);
        var modelOnly = Enumerable.Range(0, sizes.RecognitionWarm).Select(i =>
        {
            var text = Bot.Recognition.Classification.IntentText.FromRaw(Utterance(i));
            var one = Stopwatch.GetTimestamp();
            models.Intents.Rank(text);
            return Stopwatch.GetElapsedTime(one).TotalMicroseconds;
        }).ToArray();
        Recognize(recognizer, sizes.RecognitionWarm, sizes.RecognitionDistinct);
        var afterHeap = Heap();

        var text = new StringBuilder("## P5 — recognition\n\n")
            .AppendLine($"`IntentRecognizer.Recognize` on one thread, {Templates.Length} English and French templates filled with distinct")
            .AppendLine("numbers, names and addresses. Heap: `GC.GetTotalMemory(true)`. Each adversarial input is bounded by the recognizer's")
            .AppendLine($"regex timeout ({RecognizerModels.RegexTimeoutSeconds} s per match, input cut at {IntentRecognizer.MaxInputLength} characters).")
            .AppendLine();
        var table = new MarkdownTable("measure", "value");
        table.Row("model build (once, at start-up) ms", build.Elapsed.TotalMilliseconds);
        table.Row($"utterances/s warm ({sizes.RecognitionWarm:N0} utterances)", sizes.RecognitionWarm / warm.TotalSeconds);
        table.Row("µs per utterance warm", warm.TotalMicroseconds / sizes.RecognitionWarm);
        table.Row("µs per utterance p50 / p99 (intent and slots)", $"{Percentile(each, 0.50):N0} / {Percentile(each, 0.99):N0}");
        table.Row("µs per utterance p50 / p99 (intent model alone)", $"{Percentile(modelOnly, 0.50):N0} / {Percentile(modelOnly, 0.99):N0}");
        table.Row("managed heap after warm-up MiB", warmHeap);
        table.Row($"managed heap after {sizes.RecognitionDistinct:N0} distinct utterances MiB", afterHeap);
        foreach (var (name, input) in Adversarial())
        {
            var times = Enumerable.Range(0, 3).Select(_ =>
            {
                var one = Stopwatch.GetTimestamp();
                recognizer.Recognize(input, "en-US");
                return Stopwatch.GetElapsedTime(one).TotalMilliseconds;
            }).ToArray();
            table.Row($"adversarial: {name} ({input.Length:N0} chars), max of 3, ms", times.Max());
        }

        return text.Append(table).ToString();
    }

    // Each utterance's time in µs.
    private static double[] Recognize(IntentRecognizer recognizer, int from, int count)
    {
        var times = new double[count];
        for (var i = from; i < from + count; i++)
        {
            var utterance = Utterance(i);
            var one = Stopwatch.GetTimestamp();
            recognizer.Recognize(utterance, utterance.Contains('é') || utterance.Contains('à') ? "fr-FR" : "en-US");
            times[i - from] = Stopwatch.GetElapsedTime(one).TotalMicroseconds;
        }

        return times;
    }

    private static string Utterance(int i) =>
        Templates[i % Templates.Length].Replace("{n}", (2 + (i % 97)).ToString(), StringComparison.Ordinal)
            .Replace("{d4}", (i % 10_000).ToString("D4"), StringComparison.Ordinal)
            .Replace("{d2b}", ((i / 100) % 100).ToString("D2"), StringComparison.Ordinal)
            .Replace("{d2}", (i % 100).ToString("D2"), StringComparison.Ordinal)
            .Replace("{i}", i.ToString(), StringComparison.Ordinal);

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    private static IEnumerable<(string Name, string Input)> Adversarial()
    {
        yield return ("long digit run", "assign +" + new string('9', 5000) + " to alex");
        yield return ("digits with spaces", "find " + string.Concat(Enumerable.Repeat("12 ", 3000)) + "numbers");
        yield return ("repeated tokens", string.Concat(Enumerable.Repeat("assign assign number to to ", 400)));
        yield return ("repeated dates", string.Concat(Enumerable.Repeat("from December 24 to ", 500)));
        var random = new Random(7);
        var words = new[] { "numéro", "call", "queue", "Seattle", "+1", "206", "licences", "from", "to", "lundi", "08:00", "@", "à" };
        yield return ("10k-character text", string.Join(' ', Enumerable.Range(0, 2000).Select(_ => words[random.Next(words.Length)]))[..10_000]);
    }

    private static double Heap() => GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024);
}
