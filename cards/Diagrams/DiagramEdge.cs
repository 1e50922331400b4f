namespace ChatPhone.Cards.Diagrams;

/// <summary>An arrow of a call-flow diagram, from one node to another (the same node for a loop).</summary>
/// <param name="From">The id of the node the call leaves.</param>
/// <param name="To">The id of the node the call reaches.</param>
/// <param name="Label">An optional short label near the middle of the arrow ("1", "After hours"), in the reader's language.</param>
/// <param name="OnPath">True when the simulated call takes this arrow: drawn thicker in the accent colour.</param>
public sealed record DiagramEdge(string From, string To, string? Label = null, bool OnPath = false);
