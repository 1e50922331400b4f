using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Flows.VoiceApps;

/// <summary>
/// What a target phrase names: an outside number, a hang-up, a voicemail and its owner, the operator, or a queue,
/// attendant or person by name with the words that say which kind.
/// </summary>
internal static partial class CallFlowSentence
{
    /// <summary>A target phrase ("the Sales queue", « la file Ventes », "+1 425 555 0100", "voicemail of Megan") as a target.</summary>
    public static TargetAsk? Target(string phrase, IReadOnlyList<string> quotes) => Target(phrase, phrase, quotes);

    // The phrase folded, and as typed (the same length) so that names are said back as the person wrote them.
    private static TargetAsk? Target(string phrase, string typed, IReadOnlyList<string> quotes)
    {
        var text = TrailingJoin().Replace(phrase.Trim().TrimEnd('.', '!', ',', ';'), string.Empty).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (Placeholder().Match(text) is { Success: true } quoted)
        {
            return new TargetAsk(TargetKind.Announcement, quotes[int.Parse(quoted.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (Phone().Match(text) is { Success: true } phone)
        {
            var digits = new string(phone.Groups["n"].Value.Where(c => char.IsDigit(c) || c == '+').ToArray());
            return new TargetAsk(TargetKind.External, digits.StartsWith("00", StringComparison.Ordinal) ? "+" + digits[2..] : digits);
        }

        if (HangUp().IsMatch(text))
        {
            return new TargetAsk(TargetKind.Disconnect, string.Empty);
        }

        if (Voicemail().Match(text) is { Success: true } voicemail)
        {
            var owner = voicemail.Groups["owner"].Success ? voicemail.Groups["owner"].Value : voicemail.Groups["before"].Value;
            return new TargetAsk(TargetKind.Voicemail, Strip(owner).Trim());
        }

        if (OperatorWords().IsMatch(text))
        {
            return new TargetAsk(TargetKind.Operator, string.Empty);
        }

        var hint = QueueWords().IsMatch(text) ? TargetHint.Queue
            : AttendantWords().IsMatch(text) ? TargetHint.Attendant
            : PersonWords().IsMatch(text) ? TargetHint.Person
            : TargetHint.None;
        var name = Strip(KindWords().Replace(text, " "));
        var at = phrase.IndexOf(name, StringComparison.Ordinal);
        var asTyped = at >= 0 && typed.Length == phrase.Length ? typed.Substring(at, name.Length) : name;
        return name.Length == 0
            ? null
            : new TargetAsk(TargetKind.Named, name, hint, ReceptionWords().IsMatch(name)) { Shown = asTyped };
    }

    [GeneratedRegex(@"(?:tel:)?(?<n>(?:\+|\b00)\s*\d[\d\s().\-]{5,}\d)", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:hang up|hangs up|hanging up|disconnect|disconnects|end the call|ends the call|raccroch\w*|deconnect\w*|couper l'appel|coupe l'appel|termine\w* l'appel|mettre fin a l'appel)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex HangUp();

    [GeneratedRegex(@"^(?<before>.*?)(?:'s\s+)?\b(?:shared )?(?:voicemail|voice mail|voice mailbox|mailbox|messagerie(?: vocale)?(?: partagee)?|boite vocale|repondeur)\b(?:\s+(?:of|for|de|du|d'|des)\s*(?<owner>.+))?$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Voicemail();

    [GeneratedRegex(@"^(?:(?:the|an?|le|la|l'|au|a)\s*)?(?:operator|operateur|operatrice|standardiste)$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex OperatorWords();

    [GeneratedRegex(@"^(?:reception|receptionist|front desk|accueil)$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ReceptionWords();

    [GeneratedRegex(@"\b(?:call queues?|queues?|files? d'attente|files?|cq)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex QueueWords();

    [GeneratedRegex(@"\b(?:auto[ -]?attendants?|attendants?|standards? automatiques?|standards?|aa|ivr|svi)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AttendantWords();

    [GeneratedRegex(@"\b(?:person|user|colleague|personne|utilisateur|utilisatrice|collegue)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex PersonWords();

    [GeneratedRegex(@"\b(?:call queues?|queues?|files? d'attente|files?|cq|auto[ -]?attendants?|attendants?|standards? automatiques?|standards?|aa|ivr|svi|person|user|colleague|personne|utilisateur|utilisatrice|collegue|called|named|nommee?|appelee?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex KindWords();
}
