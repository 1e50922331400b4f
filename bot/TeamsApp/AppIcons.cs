using static ChatPhone.Bot.TeamsApp.Shapes;

namespace ChatPhone.Bot.TeamsApp;

/// <summary>
/// The two icons Teams asks for, drawn in code: a chat bubble holding a phone handset.
/// <c>color.png</c> is 192 × 192, full colour and opaque (white bubble, accent handset on the accent background);
/// <c>outline.png</c> is 32 × 32, white on transparent (the bubble as a line, the handset filled).
/// </summary>
public static class AppIcons
{
    /// <summary>The accent colour: the colour icon's background and the manifest's <c>accentColor</c>.</summary>
    public const string AccentColor = "#1E5AA8";

    /// <summary>Side of the colour icon, in pixels.</summary>
    public const int ColorSize = 192;

    /// <summary>Side of the outline icon, in pixels.</summary>
    public const int OutlineSize = 32;

    // Vertical centre of the bubble's body (and of the handset), in the unit square.
    private const double CentreY = 13 / 32.0;

    // Samples per pixel side: 8 × 8 gives 64 coverage levels, smooth edges even at 32 px.
    private const int Samples = 8;

    /// <summary>The 192 × 192 colour icon.</summary>
    public static PngImage Color()
    {
        var accent = Rgba.FromHex(AccentColor);
        var image = new PngImage(ColorSize, ColorSize);
        image.Fill(accent);

        // Teams crops the colour icon to a rounded square: the symbol keeps to the middle 60 %.
        var bubble = Place(Bubble(), 0.2, 0.2, 0.6);
        var handset = Place(Handset(), 0.2, 0.2, 0.6);
        Paint(image, bubble, Rgba.White);
        Paint(image, handset, accent);
        return image;
    }

    /// <summary>The 32 × 32 outline icon: only white, on transparent.</summary>
    public static PngImage Outline()
    {
        var image = new PngImage(OutlineSize, OutlineSize);
        image.Fill(Rgba.White.WithAlpha(0));

        const double pixel = 1.0 / OutlineSize;
        // The handset is smaller than in the colour icon, so a clear gap parts it from the bubble's line.
        var handset = Place(Handset(), 0.5 - (0.72 * 0.5), CentreY - (0.72 * CentreY), 0.72);
        var bubble = Bubble();
        Paint(image, Union(Stroke(Grow(bubble, -pixel), pixel), handset), Rgba.White);
        return image;
    }

    /// <summary>The speech bubble, in the unit square: a rounded box with a tail at the bottom left.</summary>
    /// <remarks>Its straight edges fall on whole pixels of the 32 px icon (1/32 to 31/32 across, 2/32 to 24/32 down).</remarks>
    internal static Shape Bubble() => Union(
        RoundedBox(0.5, CentreY, 15 / 32.0, 11 / 32.0, 0.16),
        Polygon(0.16, 0.70, 0.40, 0.70, 0.10, 0.97));

    /// <summary>The handset, in the unit square, centred in the bubble's box and tilted like the usual call symbol.</summary>
    internal static Shape Handset()
    {
        var upright = Union(
            Arc(0.62, CentreY, 0.21, 0.065, 105, 255),
            RoundedBox(0.60, CentreY - 0.185, 0.095, 0.07, 0.06),
            RoundedBox(0.60, CentreY + 0.185, 0.095, 0.07, 0.06));
        // Nudged right and down: turned, the handset's weight sits up and to the left of the bubble's centre.
        return Place(Rotate(upright, 0.5, CentreY, 45), 0.035, 0.015, 1);
    }

    /// <summary>Blends <paramref name="colour"/> over the image wherever <paramref name="shape"/> (in unit coordinates) covers it.</summary>
    private static void Paint(PngImage image, Shape shape, Rgba colour)
    {
        for (var py = 0; py < image.Height; py++)
        {
            for (var px = 0; px < image.Width; px++)
            {
                var coverage = Coverage(shape, px, py, image.Width, image.Height);
                if (coverage > 0)
                {
                    image[px, py] = Over(colour.WithAlpha((byte)Math.Round(colour.A * coverage)), image[px, py]);
                }
            }
        }
    }

    private static double Coverage(Shape shape, int px, int py, int width, int height)
    {
        var inside = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                var x = (px + ((sx + 0.5) / Samples)) / width;
                var y = (py + ((sy + 0.5) / Samples)) / height;
                if (shape(x, y) <= 0)
                {
                    inside++;
                }
            }
        }

        return inside / (double)(Samples * Samples);
    }

    // Porter-Duff "source over" on straight alpha.
    private static Rgba Over(Rgba source, Rgba target)
    {
        var (sa, ta) = (source.A / 255.0, target.A / 255.0);
        var alpha = sa + (ta * (1 - sa));
        if (alpha <= 0)
        {
            return target;
        }

        byte Channel(byte s, byte t) => (byte)Math.Round(((s * sa) + (t * ta * (1 - sa))) / alpha);
        return new Rgba(Channel(source.R, target.R), Channel(source.G, target.G), Channel(source.B, target.B), (byte)Math.Round(alpha * 255));
    }
}
