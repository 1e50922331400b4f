namespace ChatPhone.Cards.Actions;

/// <summary>
/// Submits a subscription's edit form (<see cref="Licensing.SubscriptionEditForm"/>): the SKU it edits (a <c>Sku</c> name) and
/// the units bought when the form was built, so a form opened before someone else's purchase or reduction is refused rather
/// than applied over it. The new total is the input <see cref="SubscriptionEditFields.Total"/>. Only an admin's submit is planned.
/// </summary>
public sealed record EditSubscriptionPayload(string Sku, int Seen) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "subscription.edit";
}

/// <summary>The input ids of the subscription edit form.</summary>
public static class SubscriptionEditFields
{
    /// <summary>How many units the organisation should own after the change.</summary>
    public const string Total = "licTotal";
}

/// <summary>
/// The Remove button next to one license on a person's licenses card: plans taking <see cref="Sku"/> (a <c>Sku</c> name) from the
/// person <see cref="UserId"/>. The person is looked up in the clicker's own tenant and only an admin's click is planned.
/// </summary>
public sealed record RemovePersonLicensePayload(string UserId, string Sku) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "license.person.remove";
}
