namespace ChatPhone.Cards.Actions;

/// <summary>
/// The Undo button of a result card: the change the bot itself found in the audit trail right after applying it. The
/// server checks again that the change is in the clicker's tenant, is the clicker's own, and is recent enough.
/// </summary>
/// <param name="At">When the change was made (round-trip format).</param>
/// <param name="EntryId">One audit entry of the change.</param>
public sealed record UndoChangePayload(string At, string EntryId) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "undo.change";
}
