namespace ChatPhone.Cards.AdaptiveCards;

/// <summary>
/// An image, at its own size and shrunk to the card's width when wider (a diagram from
/// <see cref="Diagrams.FlowDiagramImage.DataUri"/>, for one).
/// </summary>
/// <param name="Url">Where the image is: an https address or a <c>data:image/png;base64,…</c> URI.</param>
/// <param name="AltText">What the image shows, in the reader's language, for screen readers.</param>
public sealed record Image(string Url, string AltText) : CardElement;
