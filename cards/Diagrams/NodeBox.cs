namespace ChatPhone.Cards.Diagrams;

/// <summary>Where <see cref="FlowDiagramLayout"/> puts a node.</summary>
/// <param name="Node">The node.</param>
/// <param name="Layer">Its layer: 0 for a node nothing leads to, else one more than the deepest node leading to it (arrows that go back aside).</param>
/// <param name="Box">Its rectangle in the image.</param>
public sealed record NodeBox(DiagramNode Node, int Layer, DiagramRect Box);
