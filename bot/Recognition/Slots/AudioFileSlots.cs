using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>What an upload sentence asks the file to be used for.</summary>
internal enum AudioPurpose
{
    /// <summary>Nothing said: only import it.</summary>
    None,

    /// <summary>A greeting (of an attendant's business-hours flow, or of a queue).</summary>
    Greeting,

    /// <summary>A queue's music on hold.</summary>
    MusicOnHold,
}

/// <summary>Which kind of voice app a sentence names.</summary>
internal enum AudioTargetKind
{
    /// <summary>Not said: an attendant or a queue, whichever has the name.</summary>
    Any,

    /// <summary>An auto attendant.</summary>
    Attendant,

    /// <summary>A call queue.</summary>
    Queue,
}

/// <summary>What the words beside an audio attachment say: the use, the voice app and its kind, and whether both kinds may play it.</summary>
/// <param name="Purpose">Greeting, music on hold or nothing.</param>
/// <param name="Target">The voice app's name as typed, if one is named.</param>
/// <param name="Kind">Its kind, when the words say it.</param>
/// <param name="ForBoth">True when the sentence says the file is for attendants and queues alike.</param>
internal sealed record AudioUploadWords(AudioPurpose Purpose, string? Target, AudioTargetKind Kind, bool ForBoth);

/// <summary>
/// Audio files by chat, read from the words alone, before the intent model: "list the audio files", « supprime le
/// fichier audio accueil.mp3 », "show hold.mp3" (the <see cref="Action"/> and <see cref="Name"/> slots); and, beside an
/// attachment, what the file is for ("music on hold for the Sales queue", « voici le message d'accueil du standard »).
/// </summary>
internal static partial class AudioFileSlots
{
    /// <summary>What to do: <c>list</c>, <c>show</c>, <c>remove</c> or <c>upload</c> (asked without a file).</summary>
    public const string Action = "audioAction";

    /// <summary>The file's name or id, when one is named.</summary>
    public const string Name = "audioName";

    /// <summary>True when the sentence lists, shows, removes or uploads audio files.</summary>
    public static bool Says(string folded) =>
        NounAlone().IsMatch(folded)
        || (Noun().IsMatch(folded) && (ListVerb().IsMatch(folded) || RemoveVerb().IsMatch(folded) || (UploadVerb().IsMatch(folded) && !VoiceAppWords().IsMatch(folded))))
        || (FileName().IsMatch(folded) && (ShowVerb().IsMatch(folded) || RemoveVerb().IsMatch(folded)) && !VoiceAppWords().IsMatch(folded));

    /// <summary>Reads the action and the file named.</summary>
    public static void Fill(SlotContext context)
    {
        var folded = context.Folded;
        var file = TypedFileName().Match(context.Text) is { Success: true } name ? name.Value
            : Quoted().Match(context.Text) is { Success: true } quoted ? quoted.Groups["q"].Value.Trim()
            : null;
        var action = RemoveVerb().IsMatch(folded) ? "remove"
            : UploadVerb().IsMatch(folded) && !ListVerb().IsMatch(folded) ? "upload"
            : file is not null ? "show"
            : "list";
        context.Set(Action, action);
        context.Set(Name, file);
    }

    /// <summary>What the words sent with an audio file ask for; the voice app's name keeps the case it was typed in.</summary>
    public static AudioUploadWords ReadUpload(string? text)
    {
        var typed = (text ?? string.Empty).Replace('’', '\'').Trim();
        var folded = RecognitionInput.Fold(typed);
        var purpose = Music().IsMatch(folded) ? AudioPurpose.MusicOnHold : Greeting().IsMatch(folded) ? AudioPurpose.Greeting : AudioPurpose.None;
        var both = Both().IsMatch(folded);
        if (purpose == AudioPurpose.None || Target().Match(folded) is not { Success: true } target)
        {
            return new AudioUploadWords(purpose, null, KindIn(folded), both);
        }

        var group = target.Groups["t"];
        var name = typed.Substring(group.Index, group.Length).Split(',', ';')[0].Trim().TrimEnd('.', '!', '?', ' ').Trim('"', '“', '”', '«', '»', ' ');
        var kind = KindIn(folded[group.Index..]);
        name = KindWord().Replace(name, string.Empty).Trim();
        return new AudioUploadWords(purpose, name.Length == 0 ? null : name, kind, both);
    }

    private static AudioTargetKind KindIn(string folded) =>
        QueueWord().IsMatch(folded) ? AudioTargetKind.Queue : AttendantWord().IsMatch(folded) ? AudioTargetKind.Attendant : AudioTargetKind.Any;

    [GeneratedRegex(@"\b(?:audio files?|sound files?|audio recordings?|fichiers? (?:audio|son|sonores?)|enregistrements? (?:audio|sonores?))\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Noun();

    // The noun and nothing else ("audio files", « nos fichiers audio ? »): asks for the list, like a menu entry.
    [GeneratedRegex(@"^\s*(?:(?:the|our|my|all|les|nos|mes|tous les)\s+)*(?:audio files?|sound files?|audio recordings?|fichiers? (?:audio|son|sonores?)|enregistrements? (?:audio|sonores?))\s*[?!.]*\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex NounAlone();

    [GeneratedRegex(@"\b(?:list|show|display|which|what|see|liste[rz]?|affiche[rz]?|montre[rz]?|voir|quel(?:le)?s?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ListVerb();

    [GeneratedRegex(@"\b(?:show|display|describe|details?|info|affiche[rz]?|montre[rz]?|decri[st]|detail)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ShowVerb();

    [GeneratedRegex(@"\b(?:remove|delete|erase|drop|supprime[rz]?|retire[rz]?|efface[rz]?|enleve[rz]?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex RemoveVerb();

    [GeneratedRegex(@"\b(?:upload|import|add|send|televerse[rz]?|importe[rz]?|ajoute[rz]?|envoie|envoye[rz]?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex UploadVerb();

    [GeneratedRegex(@"\b(?:attendant|queue|standard|file d'attente|greeting|accueil|music|musique|menu|press|touche)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex VoiceAppWords();

    [GeneratedRegex(@"[\w.]+\.(?:wav|mp3|wma)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex FileName();

    [GeneratedRegex(@"[\w.\-]+\.(?:wav|mp3|wma)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex TypedFileName();

    [GeneratedRegex(@"[""“«]\s*(?<q>[^""”»]{1,255}?)\s*[""”»]", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:music on hold|hold music|on hold music|musique d'attente|musique de mise en attente|attente musicale)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Music();

    [GeneratedRegex(@"\b(?:greeting|welcome message|welcome prompt|message d'accueil|annonce d'accueil|accueil|salutation)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\b(?:both|all voice apps|les deux|tous|toutes)\b|\b(?:attendants? and (?:call )?queues?|standards? et (?:les )?files?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Both();

    [GeneratedRegex(@"\b(?:music on hold|hold music|on hold music|musique d'attente|musique de mise en attente|attente musicale|greeting|welcome message|welcome prompt|message d'accueil|annonce d'accueil|accueil|salutation)\s+(?:(?:of|for|on|in|du|des|de|pour|sur|dans)\s+(?:the\s+|our\s+|la\s+|le\s+|l'|notre\s+)?|(?:de\s+la|de\s+l')\s*)(?<t>.+)$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Target();

    [GeneratedRegex(@"^\s*(?:the\s+|la\s+|le\s+|l')?(?:call queue|auto attendant|attendant|queue|file d'attente|file|standard automatique|standard)\b\s*|\s+(?:call queue|auto attendant|attendant|queue)\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex KindWord();

    [GeneratedRegex(@"\b(?:queues?|file d'attente|files d'attente|file)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex QueueWord();

    [GeneratedRegex(@"\b(?:attendants?|standards?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AttendantWord();
}
