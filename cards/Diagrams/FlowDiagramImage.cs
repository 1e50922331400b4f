namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// A call-flow diagram drawn as a PNG image, small enough to travel inside an Adaptive Card as a data URI
/// (indexed colour, 4 bits a pixel, at most 1,200 pixels wide). The same diagram always gives the same bytes.
/// </summary>
public static class FlowDiagramImage
{
    /// <summary>The prefix of <see cref="DataUri"/>.</summary>
    public const string DataUriPrefix = "data:image/png;base64,";

    /// <summary>The PNG file of <paramref name="diagram"/>.</summary>
    public static byte[] Png(FlowDiagram diagram) =>
        PngWriter.Write(DiagramRenderer.Paint(FlowDiagramLayout.Of(diagram)), DiagramColors.All);

    /// <summary>The PNG of <paramref name="diagram"/> as a data URI, for the <c>url</c> of an Adaptive Card image.</summary>
    public static string DataUri(FlowDiagram diagram) => DataUriPrefix + Convert.ToBase64String(Png(diagram));
}
