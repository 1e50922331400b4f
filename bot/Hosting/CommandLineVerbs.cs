using System.Text.Encodings.Web;
using System.Text.Json;
using ChatPhone.Bot.Recognition;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// Verbs of the host that run and exit instead of serving:
/// <c>recognize "&lt;text&gt;" [--locale fr-FR]</c> prints the resolved intent and slots as JSON.
/// </summary>
public static class CommandLineVerbs
{
    // Console output read by people: keep "Noël" and "+33…" as typed rather than \u-escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True when the first argument is a verb rather than a host option.</summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] == "recognize";

    /// <summary>Runs the verb; returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TimeProvider? time = null)
    {
        output ??= Console.Out;
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: recognize \"<text>\" [--locale fr-FR]");
            return Task.FromResult(2);
        }

        var localeIndex = Array.IndexOf(args, "--locale");
        var locale = localeIndex > 0 && localeIndex + 1 < args.Length ? args[localeIndex + 1] : null;
        var models = new RecognizerModels();
        models.Build();
        var intent = new IntentRecognizer(models, time ?? TimeProvider.System).Recognize(args[1], locale);
        output.WriteLine(JsonSerializer.Serialize(new { intent = intent.Kind.ToString(), language = intent.Language, slots = intent.Slots }, Json));
        return Task.FromResult(0);
    }
}
