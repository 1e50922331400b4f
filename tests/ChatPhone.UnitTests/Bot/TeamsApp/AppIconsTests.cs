using System.IO.Compression;
using ChatPhone.Bot.TeamsApp;
using ChatPhone.UnitTests.Cards.Diagrams;
using ChatPhone.UnitTests.Repository;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

/// <summary>The two icons are files of the repository: the package carries them as they are, and they are what Teams asks for.</summary>
public sealed class AppIconsTests
{
    [Theory]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    public void Package_CarriesTheIconFileOfTheRepository_ByteForByte(string file)
    {
        using var package = UnzippedPackage.Build(TeamsAppFixture.Settings());

        Assert.Equal(File.ReadAllBytes(RepositoryFiles.PathOf($"bot/TeamsApp/Icons/{file}")), package.Files[file]);
    }

    [Fact]
    public void ColorIcon_Is192Square_InColour()
    {
        var header = Header(AppIcons.Color());

        Assert.Equal((AppIcons.ColorSize, AppIcons.ColorSize), (header.Width, header.Height));
        Assert.Contains(header.ColourType, new byte[] { 2, 6 });
    }

    [Fact]
    public void OutlineIcon_Is32Square_WithAnAlphaChannel()
    {
        var header = Header(AppIcons.Outline());

        Assert.Equal((AppIcons.OutlineSize, AppIcons.OutlineSize, (byte)6), (header.Width, header.Height, header.ColourType));
    }

    [Fact]
    public void ColorIcon_IsOpaque_ToItsCorner() =>
        Assert.Equal(255, TopLeftAlpha(AppIcons.Color()));

    [Fact]
    public void OutlineIcon_IsTransparent_AroundItsShape() =>
        Assert.Equal(0, TopLeftAlpha(AppIcons.Outline()));

    // The alpha of pixel (0, 0) of an 8-bit RGBA, non-interlaced PNG: whatever the first row's filter, its first pixel
    // has no left or upper neighbour, so its bytes follow the filter byte as they are.
    private static int TopLeftAlpha(byte[] png)
    {
        Assert.Equal(((byte)8, (byte)6, (byte)0), (Header(png).BitDepth, Header(png).ColourType, Header(png).Interlace));
        using var data = new MemoryStream(PngFile.Chunks(png).Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray());
        using var inflated = new ZLibStream(data, CompressionMode.Decompress);
        var start = new byte[5];
        inflated.ReadExactly(start);
        return start[4];
    }

    // Signature, every chunk's CRC and the chunk order are checked first: a file that is not a whole PNG fails here.
    private static PngHeader Header(byte[] png) => PngFile.ReadHeader(png);
}
