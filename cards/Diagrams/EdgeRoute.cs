namespace ChatPhone.Cards.Diagrams;

/// <summary>How <see cref="FlowDiagramLayout"/> draws an arrow: a polyline whose last point is the arrow's tip.</summary>
/// <param name="Edge">The edge.</param>
/// <param name="Points">The polyline, from the source box's border to the target box's border.</param>
/// <param name="LabelCenter">Where the centre of the edge's label goes.</param>
/// <param name="GoesBack">True for an arrow that closes a cycle (to an earlier layer, or a node to itself): routed along the right margin.</param>
public sealed record EdgeRoute(DiagramEdge Edge, IReadOnlyList<DiagramPoint> Points, DiagramPoint LabelCenter, bool GoesBack);
