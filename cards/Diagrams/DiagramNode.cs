namespace ChatPhone.Cards.Diagrams;

/// <summary>A box of a call-flow diagram.</summary>
/// <param name="Id">Identifies the node within its diagram (edges name it); a repeated id is drawn once.</param>
/// <param name="Kind">What the node stands for.</param>
/// <param name="Title">The first line, already in the reader's language; shortened with "…" when it does not fit.</param>
/// <param name="Detail">An optional second line, drawn smaller in grey.</param>
/// <param name="OnPath">True when the simulated call goes through this node: drawn in the accent colour.</param>
public sealed record DiagramNode(string Id, DiagramNodeKind Kind, string Title, string? Detail = null, bool OnPath = false);
