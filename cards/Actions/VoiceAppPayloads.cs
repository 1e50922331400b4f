namespace ChatPhone.Cards.Actions;

/// <summary>The submit of an auto attendant's Edit form: the attendant's id; the values are the form's inputs.</summary>
/// <param name="AttendantId">The attendant's id, looked up only in the clicker's own tenant.</param>
public sealed record AutoAttendantEditPayload(string AttendantId) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "autoattendant.edit";
}

/// <summary>The submit of a holiday's Edit form: the holiday's id; the values are the form's inputs.</summary>
/// <param name="HolidayId">The holiday's id (its attendant's id and its name), looked up only in the clicker's own tenant.</param>
public sealed record HolidayEditPayload(string HolidayId) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "holiday.edit";
}
