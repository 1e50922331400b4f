using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>
/// "create a call queue Sales with greeting « … », agents Alex and Sam, overflow to voicemail of Megan, timeout 5 minutes
/// then forward to +33 1 …": the longer a creation sentence, the more its setting words (overflow, voicemail, forward)
/// pull the model towards a change or below its bar. A sentence that opens with a creation verb followed by the words
/// for a call queue is the creation of one, whatever settings follow; the model is asked only when it hesitates between
/// intents about call queues and objects, so a sentence about anything else is left alone.
/// </summary>
internal static partial class CallQueueCreation
{
    private static readonly HashSet<IntentKind> Hesitations =
    [
        IntentKind.None, IntentKind.CreateCallQueue, IntentKind.ChangeObject, IntentKind.ShowObject, IntentKind.AddQueueAgents,
        IntentKind.ListObjects, IntentKind.ReportProblem, IntentKind.CheckPhoneSetup,
    ];

    /// <summary>True when <paramref name="folded"/> creates a call queue and the model's best guess is one it hesitates with.</summary>
    public static bool Creates(IntentKind best, string folded) => Hesitations.Contains(best) && Opening().IsMatch(folded);

    [GeneratedRegex(@"^(?:please\s+|stp\s+|svp\s+|peux tu\s+|pourrais tu\s+|can you\s+|could you\s+)?(?:create|make|set up|setup|build|add|new|cree|creer|creez|creons|ajoute|ajouter|nouvelle|monte|mets en place)\s+(?:me\s+|moi\s+)?(?:a\s+|an\s+|the\s+|new\s+|une\s+|la\s+|nouvelle\s+)*(?:call queue|queue|file d['’ ]attente|file d['’ ]appels|file)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Opening();
}
