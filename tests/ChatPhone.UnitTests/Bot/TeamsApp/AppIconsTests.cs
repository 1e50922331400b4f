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

    // Signature, every chunk's CRC and the chunk order are checked first: a file that is not a whole PNG fails here.
    private static PngHeader Header(byte[] png) => PngFile.ReadHeader(png);
}
