using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition;

/// <summary>
/// The phrases of removing a license and of undo, kept simple on purpose: they stand in until the trained
/// classifier of issue 16 recognises both intents, and are deleted with the other patterns then.
/// </summary>
internal static partial class IntentPatterns
{
    // A license is named and no phone number is: "remove +1 206 555 0100 from Alex" stays an unassignment.
    [GeneratedRegex(@"^(please |can you |could you |peux tu |pourrais tu )?(remove|unassign|take away|take back|detach|retire|retirer|enleve|enlever|desattribue|desattribuer)\b(?!.*\+?\d[\d .()]{6,}\d).*\b(licen[cs]es?|phone system|teams phone|calling plans?|forfaits?|audio conferencing|conference audio|audioconference|systeme telephonique|communications? credits|credits de communication|e[135]|mcoev|mcopstn\w*|mcomeetadv)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex RemoveLicense();

    [GeneratedRegex(@"^(please |can you |could you |peux tu |pourrais tu )?(undo|revert|roll ?back|reverse|annule|annuler|annulez|defais|defaire|revenir sur|reviens sur)\b.*\b(last|latest|previous|my|derniere?|precedente?|ma|mon)\b.*\b(changes?|modifications?|changements?|actions?|edits?)\b|^(undo|undo that|undo it|defais ca|defaire)[\s.!]*$", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Undo();
}
