namespace ChatPhone.Cards.Actions;

/// <summary>
/// A button on an object's card (Show, Edit, Remove, Review): runs <see cref="Intent"/> (an <c>IntentKind</c> name) on the
/// <see cref="Kind"/> (an <c>ObjectKind</c> name) object <see cref="ObjectId"/>, as if the person had named it. The id is only ever looked up inside the clicker's own
/// tenant, and the flow checks the clicker's role as for a typed sentence, so a forged id reaches nothing more.
/// </summary>
public sealed record ObjectActionPayload(string Intent, string Kind, string ObjectId) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "object.act";
}
