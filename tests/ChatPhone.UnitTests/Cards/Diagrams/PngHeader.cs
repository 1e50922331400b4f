namespace ChatPhone.UnitTests.Cards.Diagrams;

/// <summary>The fields of a PNG's IHDR chunk the tests look at.</summary>
internal sealed record PngHeader(int Width, int Height, byte BitDepth, byte ColourType, byte Interlace);
