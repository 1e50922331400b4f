using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Flows.Objects.CallQueues;

/// <summary>
/// Reads the action of one overflow, timeout or no-agent clause: "to voicemail of Megan", "vers la messagerie de Chloé",
/// "forward to +33 1 23 45 67 89", "débordement vers la file Support", "to the Reception auto attendant", "disconnect",
/// "keep them in the queue", "shared voicemail 9f1c… « Laissez un message »". The target is cut from the text as typed.
/// </summary>
internal static partial class QueueActionSentence
{
    /// <summary>The action <paramref name="clause"/> names, or null when it names none (a threshold alone).</summary>
    public static QueueActionRequest? Read(CallQueueClauses.Parsed parsed, CallQueueClauses.Clause clause)
    {
        var soft = clause.Soft;
        var text = clause.Text;
        var prompt = parsed.QuoteIn(clause);
        if (SharedVoicemail().IsMatch(soft))
        {
            var group = Guid().Match(soft);
            return new QueueActionRequest(QueueVerb.SharedVoicemail, group.Success ? QueueTargetType.Group : QueueTargetType.None, group.Success ? group.Value : null, prompt);
        }

        if (Voicemail().Match(soft) is { Success: true } voicemail)
        {
            var owner = Owner().Match(soft, voicemail.Index + voicemail.Length);
            return owner.Success
                ? new QueueActionRequest(QueueVerb.Voicemail, QueueTargetType.Person, Clean(text.Substring(owner.Groups["m"].Index, owner.Groups["m"].Length)))
                : new QueueActionRequest(QueueVerb.Voicemail);
        }

        if (Disconnect().IsMatch(soft))
        {
            return new QueueActionRequest(QueueVerb.Disconnect);
        }

        if (KeepQueued().IsMatch(soft))
        {
            return new QueueActionRequest(QueueVerb.Queue);
        }

        return Target(soft, text) is { } target
            ? new QueueActionRequest(QueueVerb.Forward, target.Type, target.Mention)
            : Forward().IsMatch(soft) ? new QueueActionRequest(QueueVerb.Forward) : null;
    }

    /// <summary>What a target text names ("+33 1 23 45 67 89", "queue Support", "Reception attendant", "Megan"); used by the edit form too.</summary>
    public static (QueueTargetType Type, string Mention)? Target(string text) => Target(CallQueueClauses.Soft(text), text, whole: true);

    private static (QueueTargetType Type, string Mention)? Target(string soft, string text, bool whole = false)
    {
        if (Phone().Match(soft) is { Success: true } phone)
        {
            return (QueueTargetType.Number, text.Substring(phone.Index, phone.Length).Trim());
        }

        if (Guid().Match(soft) is { Success: true } group && whole)
        {
            return (QueueTargetType.Group, group.Value);
        }

        foreach (var (pattern, type) in new[] { (QueueBefore(), QueueTargetType.CallQueue), (AttendantBefore(), QueueTargetType.AutoAttendant), (QueueAfter(), QueueTargetType.CallQueue), (AttendantAfter(), QueueTargetType.AutoAttendant) })
        {
            if (pattern.Match(soft) is { Success: true } named && Own(soft, named) is false
                && Clean(text.Substring(named.Groups["m"].Index, named.Groups["m"].Length)) is { Length: > 0 } name && !Threshold().IsMatch(CallQueueClauses.Soft(name)))
            {
                return (type, name);
            }
        }

        if (whole)
        {
            return Clean(text) is { Length: > 0 } person ? (QueueTargetType.Person, person) : null;
        }

        var to = To().Match(soft);
        return to.Success && Own(soft, to) is false && Clean(text.Substring(to.Groups["m"].Index, to.Groups["m"].Length)) is { Length: > 0 } mention && !Threshold().IsMatch(CallQueueClauses.Soft(mention))
            ? (QueueTargetType.Person, mention)
            : null;
    }

    // A mention of the queue's own name (masked with '~') is not a target; a quoted name ("la file « Support 2 »") is.
    private static bool Own(string soft, Match match) =>
        soft.Substring(match.Groups["m"].Index, match.Groups["m"].Length).Contains('~', StringComparison.Ordinal);

    // Quotes, punctuation and articles around a name; "Megan" from "« Megan »." or "the Support".
    private static string Clean(string mention)
    {
        var text = Which().Replace(mention, string.Empty).Trim().Trim('"', '“', '”', '«', '»', '\'', '’', '.', ',', ';', ':', '!', '?').Trim();
        return Article().Replace(text, string.Empty).Trim();
    }

    [GeneratedRegex(@"\b(shared\s+voice\s?mail|group\s+voice\s?mail|shared\s+mailbox|messagerie\s+(?:vocale\s+)?partagee|boite\s+vocale\s+partagee|messagerie\s+(?:vocale\s+)?de\s+groupe)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SharedVoicemail();

    [GeneratedRegex(@"\b(voice\s?mail(?:\s+box)?|messagerie(?:\s+vocale)?|boite\s+vocale|boite\s+aux\s+lettres\s+vocale|repondeur)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Voicemail();

    [GeneratedRegex(@"\G\s*(?:'s\s+)?(?:of|for|from|de|du|d'|a|to|vers)?\s*(?:the\s+|la\s+|le\s+|l')?(?<m>[^\s,;.!?].*)$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Owner();

    [GeneratedRegex(@"\b(disconnect\w*|hang\s+up|hangs\s+up|drop\s+(?:them|the\s+calls?|it)|busy\s+tone|busy|reject\w*|raccroch\w*|deconnect\w*|coupe[rz]?|tonalite\s+occupe|occupe|rejet\w*)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Disconnect();

    [GeneratedRegex(@"\b(keep\s+(?:them|the\s+calls?|it|calls?)?\s*(?:in|waiting|queued)|stay\s+in|remain\s+in|queue\s+them|leave\s+(?:them|the\s+calls?|calls?)\s+(?:in|waiting)|keep\s+queuing|gard\w*\s+(?:les\s+appels\s+|l'appel\s+|les\s+)?(?:en\s+(?:file|attente)|dans\s+la\s+file)|rest\w*\s+(?:en\s+(?:file|attente)|dans\s+la\s+file)|laiss\w*\s+(?:les\s+appels\s+|les\s+)?(?:en\s+attente|en\s+file|dans\s+la\s+file))\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex KeepQueued();

    [GeneratedRegex(@"\b(forward\w*|redirect\w*|transfer\w*|send|route|transf[e]r\w*|redirig\w*|renvoi\w*|envoi\w*|bascul\w*)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Forward();

    // "+33 1 23 45 67 89", "+1 (206) 555-0100", "0033 1 …", "01 23 45 67 89": digits in groups, at least eight.
    [GeneratedRegex(@"(?:\+|\b00|\b0)\d(?:[\s.()/-]*\d){6,}", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Guid();

    [GeneratedRegex(@"^.*\b(?:call\s+queue|queue|file\s+d'attente|file\s+d'appels|file)\s+(?<m>[^\s,;.!?][^,;!?]*?)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex QueueAfter();

    [GeneratedRegex(@"\b(?:to|vers|a|sur)\s+(?:the\s+)?(?<m>(?!(?:the|call|queue)\b)[^\s,;.!?]+)\s+(?:call\s+)?queue\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex QueueBefore();

    [GeneratedRegex(@"^.*\b(?:auto[\s-]?attendant|attendant|standard\s+automatique|standard|serveur\s+vocal(?:\s+interactif)?|svi|ivr)\s+(?<m>[^\s,;.!?][^,;!?]*?)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AttendantAfter();

    [GeneratedRegex(@"\b(?:to|vers|a|sur)\s+(?:the\s+)?(?<m>(?!(?:the|auto)\b)[^\s,;.!?]+)\s+(?:auto[\s-]?attendant|attendant)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AttendantBefore();

    // The last "to"/"vers"/"à" of the clause leads to the person: "send them to Megan Bowen", "renvoie vers Inès".
    [GeneratedRegex(@"^.*\b(?:to|vers|a|sur|towards)\s+(?:the\s+|la\s+|le\s+|l')?(?<m>[^\s,;.!?\d][^,;!?]*?)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex To();

    [GeneratedRegex(@"^(?:(?:to|a|at|of|de|vers|sur|after|apres)\s+)?\d+\s*(?:calls?|appels?|s|sec\w*|min\w*|mn)?$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Threshold();

    // "… for all calls", "… pour les nouveaux appels seulement": which calls, not part of the target.
    [GeneratedRegex(@"\s+(?:(?:for|pour|on|sur)\s+(?:all|every|new|tous|toutes|les|the)\b.*|(?:only|seulement|uniquement)\s*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Which();

    [GeneratedRegex(@"^(?:the|la|le|les|l['’])\s+|^l['’]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Article();
}
