namespace ChatPhone.Cards.Actions;

/// <summary>
/// A button of a resource account's cards: <see cref="Action"/> is <see cref="License"/> (plan the free license for an
/// unlicensed account), <see cref="ReleaseNumber"/> or <see cref="Rename"/> (the edit form's submit, with the display name input). <see cref="Expected"/>
/// is the display name the card showed, so a plan made from an outdated card is refused. The id is looked up in the
/// clicker's own tenant and the clicker's role is checked again.
/// </summary>
public sealed record ResourceAccountActionPayload(string Action, string AccountId, string Expected) : ICardPayload
{
    /// <summary>Plan the license of an unlicensed account.</summary>
    public const string License = "license";

    /// <summary>Plan giving the account's number back to the inventory (Teams needs it gone before the account is removed).</summary>
    public const string ReleaseNumber = "releaseNumber";

    /// <summary>Plan the edit form's new display name.</summary>
    public const string Rename = "rename";

    /// <summary>The edit form's display name input.</summary>
    public const string DisplayNameInput = "displayName";

    /// <inheritdoc />
    public static string Verb => "resourceaccount.act";
}
