using System.Buffers.Binary;
using System.IO.Hashing;
using ChatPhone.Bot.TeamsApp;
using ChatPhone.UnitTests.Repository;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

/// <summary>The two icons are files of the repository: the package carries them as they are, and they are what Teams asks for.</summary>
public sealed class AppIconsTests
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

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

    // The PNG header (IHDR), after checking the signature and every chunk's CRC: a file that is not a whole PNG fails here.
    private static (int Width, int Height, byte ColourType) Header(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        var offset = 8;
        var chunks = new List<string>();
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var typeAndData = png.AsSpan(offset + 4, 4 + length);
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length)), Crc32.HashToUInt32(typeAndData));
            chunks.Add(System.Text.Encoding.ASCII.GetString(typeAndData[..4]));
            offset += 12 + length;
        }

        Assert.Equal("IHDR", chunks[0]);
        Assert.Equal("IEND", chunks[^1]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), png[25]);
    }
}
