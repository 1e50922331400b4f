namespace ChatPhone.Cards.Diagrams;

/// <summary>A rectangle of the diagram image, in pixels from its top-left corner.</summary>
/// <param name="X">The left column.</param>
/// <param name="Y">The top row.</param>
/// <param name="Width">The width in pixels.</param>
/// <param name="Height">The height in pixels.</param>
public readonly record struct DiagramRect(int X, int Y, int Width, int Height)
{
    /// <summary>The first column to the right of the rectangle.</summary>
    public int Right => X + Width;

    /// <summary>The first row below the rectangle.</summary>
    public int Bottom => Y + Height;

    /// <summary>The middle column.</summary>
    public int CenterX => X + (Width / 2);

    /// <summary>The middle row.</summary>
    public int CenterY => Y + (Height / 2);

    /// <summary>True when the pixel (<paramref name="x"/>, <paramref name="y"/>) is inside.</summary>
    public bool Contains(int x, int y) => x >= X && x < Right && y >= Y && y < Bottom;
}
