using System.Security.Cryptography;
using System.Text;

namespace ChatPhone.Bot.Recognition.Classification;

/// <summary>One sentence of the training corpus: the intent it expresses and its language (<c>en</c> or <c>fr</c>).</summary>
public sealed record Utterance(IntentKind Intent, string Language, string Text);

/// <summary>
/// The intent model's training data: <c>Corpus/&lt;language&gt;/&lt;IntentKind&gt;.txt</c>, one sentence per line,
/// <c>#</c> for comments. The files are data written for variety; the model is judged on sentences it never saw.
/// </summary>
public static class IntentCorpus
{
    /// <summary>The corpus's languages, in the folder names the files use.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "fr"];

    /// <summary>
    /// The intents the model chooses between: every kind but those derived from slots (several people make an assignment
    /// bulk) or read from the words before the model (a call to simulate, a PowerShell export).
    /// </summary>
    public static IReadOnlyList<IntentKind> Intents { get; } =
        Enum.GetValues<IntentKind>().Where(k => k is not IntentKind.AssignLicensesBulk and not IntentKind.SimulateCall and not IntentKind.ExportPowerShell and not IntentKind.AudioFiles and not IntentKind.SyncDirectory and not IntentKind.SyncNumbers).ToArray();

    /// <summary>Every sentence under <paramref name="directory"/>; a file whose name is not an intent is an error.</summary>
    public static IReadOnlyList<Utterance> Load(string directory)
    {
        var utterances = new List<Utterance>();
        foreach (var (language, intent, path) in Files(directory))
        {
            utterances.AddRange(Lines(path).Select(line => new Utterance(intent, language, line)));
        }

        return utterances;
    }

    /// <summary>The sentences of one file: trimmed, without blank lines and comments.</summary>
    public static IEnumerable<string> Lines(string path) =>
        File.ReadLines(path, Encoding.UTF8).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    /// <summary>Each corpus file with its language and intent, in a stable order.</summary>
    public static IEnumerable<(string Language, IntentKind Intent, string Path)> Files(string directory)
    {
        foreach (var language in Languages)
        {
            var folder = Path.Combine(directory, language);
            if (!System.IO.Directory.Exists(folder))
            {
                continue;
            }

            foreach (var path in System.IO.Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (!Enum.TryParse<IntentKind>(name, out var intent) || !Intents.Contains(intent))
                {
                    throw new InvalidDataException($"Corpus file {path} is not named after an intent the model chooses.");
                }

                yield return (language, intent, path);
            }
        }
    }

    /// <summary>
    /// A hash of every sentence with its intent and language, and of how the model reads text (<see cref="IntentText.Version"/>):
    /// the model records the fingerprint it was trained on, so a test can tell when the committed model is stale.
    /// </summary>
    public static string Fingerprint(IEnumerable<Utterance> utterances)
    {
        var text = new StringBuilder().Append("text v").Append(IntentText.Version).Append('\n');
        foreach (var u in utterances.OrderBy(u => u.Language, StringComparer.Ordinal).ThenBy(u => u.Intent.ToString(), StringComparer.Ordinal).ThenBy(u => u.Text, StringComparer.Ordinal))
        {
            text.Append(u.Language).Append('\t').Append(u.Intent).Append('\t').Append(u.Text).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
