namespace ChatPhone.Cards.Diagrams;

/// <summary>A pixel of the diagram image.</summary>
/// <param name="X">The column.</param>
/// <param name="Y">The row.</param>
public readonly record struct DiagramPoint(int X, int Y);
