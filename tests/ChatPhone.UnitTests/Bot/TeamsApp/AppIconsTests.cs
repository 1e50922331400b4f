using System.IO.Hashing;
using ChatPhone.Bot.TeamsApp;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

public sealed class AppIconsTests
{
    [Fact]
    public void ColorIcon_InThePackage_Is192Square_FullyOpaque_WithAWhiteSymbolOnTheAccent()
    {
        using var package = UnzippedPackage.Build(TeamsAppFixture.Settings());
        var png = PngDecoder.Decode(package.Files["color.png"]);
        var accent = Rgba.FromHex(TeamsAppManifest.Build(TeamsAppFixture.Settings())["accentColor"]!.GetValue<string>());

        Assert.Equal((192, 192), (png.Width, png.Height));
        Assert.Equal(["IHDR", "IDAT", "IEND"], png.Chunks);
        Assert.All(png.Pixels(), p => Assert.Equal(255, p.A));
        var white = png.Pixels().Count(p => p is (255, 255, 255, 255)) / (double)(192 * 192);
        var background = png.Pixels().Count(p => (p.R, p.G, p.B) == (accent.R, accent.G, accent.B)) / (double)(192 * 192);
        Assert.InRange(white, 0.10, 0.40);
        Assert.InRange(background, 0.50, 0.90);
        Assert.Equal((accent.R, accent.G, accent.B, (byte)255), png.Pixel(0, 0));
        Assert.Equal((accent.R, accent.G, accent.B, (byte)255), png.Pixel(191, 191));
    }

    [Fact]
    public void OutlineIcon_InThePackage_Is32Square_WithAlpha_AndOnlyWhiteOnTransparent()
    {
        using var package = UnzippedPackage.Build(TeamsAppFixture.Settings());
        var png = PngDecoder.Decode(package.Files["outline.png"]);

        Assert.Equal((32, 32, 6), (png.Width, png.Height, png.ColourType));
        var notWhite = png.Pixels().Where(p => p.A != 0 && (p.R, p.G, p.B) != (255, 255, 255)).ToArray();
        Assert.True(notWhite.Length == 0, $"{notWhite.Length} visible pixels are not white, e.g. {notWhite.FirstOrDefault()}");
        var opaque = png.Pixels().Count(p => p.A == 255) / 1024.0;
        var transparent = png.Pixels().Count(p => p.A == 0) / 1024.0;
        Assert.InRange(opaque, 0.15, 0.50);
        Assert.InRange(transparent, 0.40, 0.85);
        Assert.Equal(0, png.Pixel(0, 31).A + png.Pixel(31, 31).A);
    }

    [Fact]
    public void Encoder_ChecksumMatchesTheStandardCrc32()
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)((i * 7919) % 251)).ToArray();

        Assert.Equal(Crc32.HashToUInt32(data), PngImage.Crc32(data));
        Assert.Equal(0xCBF43926u, PngImage.Crc32("123456789"u8));
    }

    [Fact]
    public void Encoder_RoundTripsEveryPixel()
    {
        var image = new PngImage(3, 2);
        image[0, 0] = new Rgba(1, 2, 3, 4);
        image[2, 1] = new Rgba(250, 128, 0);

        var png = PngDecoder.Decode(image.Encode());

        Assert.Equal((3, 2), (png.Width, png.Height));
        Assert.Equal(((byte)1, (byte)2, (byte)3, (byte)4), png.Pixel(0, 0));
        Assert.Equal(((byte)250, (byte)128, (byte)0, (byte)255), png.Pixel(2, 1));
        Assert.Equal(((byte)0, (byte)0, (byte)0, (byte)0), png.Pixel(1, 1));
    }
}
