namespace ChatPhone.Cards.Actions;

/// <summary>
/// The Undo button of a result card: the change the bot itself found in the audit trail right after applying it. The
/// server checks again that the change is in the clicker's tenant, is the clicker's own, and is recent enough.
/// </summary>
/// <param name="At">When the change was made, in UTC ticks (a number: no client or channel reformats it as a date).</param>
/// <param name="EntryId">One audit entry of the change.</param>
public sealed record UndoChangePayload(long At, string EntryId) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "undo.change";
}
