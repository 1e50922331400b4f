namespace ChatPhone.Cards.Actions;

/// <summary>The "Edit menu" button of an auto attendant's card: asks for its menu builder form.</summary>
/// <param name="AttendantId">The attendant's id, looked up only in the clicker's own tenant.</param>
public sealed record AutoAttendantMenuFormPayload(string AttendantId) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "autoattendant.menuform";
}

/// <summary>The submit of an auto attendant's menu builder: the attendant's id; the keys and targets are the form's inputs.</summary>
/// <param name="AttendantId">The attendant's id, looked up only in the clicker's own tenant.</param>
public sealed record AutoAttendantMenuPayload(string AttendantId) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "autoattendant.menu";
}
