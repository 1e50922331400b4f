namespace ChatPhone.Cards.Diagrams;

/// <summary>A colour of the diagram's palette.</summary>
/// <param name="R">Red, 0–255.</param>
/// <param name="G">Green, 0–255.</param>
/// <param name="B">Blue, 0–255.</param>
public readonly record struct DiagramColor(byte R, byte G, byte B)
{
    /// <summary>The colour written as #RRGGBB.</summary>
    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";
}
