namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// A whole call flow as boxes and arrows, drawn by <see cref="FlowDiagramImage"/>. Edges that name a node
/// the diagram does not have are left out; cycles are allowed (drawn as arrows that go back).
/// </summary>
/// <param name="Nodes">The boxes, in the order the caller meets them where possible (it breaks ties in the layout).</param>
/// <param name="Edges">The arrows.</param>
public sealed record FlowDiagram(IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges);
