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

/// <summary>
/// The "Show more" button of a long list of objects: the next page of the same list, read again from the sentence that
/// asked for it (its filters: "unassigned numbers in Paris"). What it lists is what the clicker may see, checked again.
/// </summary>
/// <param name="Kind">The kind listed (an <c>ObjectKind</c> name).</param>
/// <param name="Page">The page to show, from 2.</param>
/// <param name="Text">The sentence that asked for the list, its filters with it.</param>
public sealed record ObjectListPagePayload(string Kind, int Page, string Text) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "object.page";
}
