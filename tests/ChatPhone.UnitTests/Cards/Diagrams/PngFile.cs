using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using ChatPhone.Cards.Diagrams;

namespace ChatPhone.UnitTests.Cards.Diagrams;

/// <summary>
/// A PNG reader written for the tests, independent of the encoder: it checks the signature, every chunk's CRC-32 and
/// the chunk order, and decodes indexed-colour images (any bit depth, the five row filters) to palette colours.
/// The Teams app icon tests use its header reader.
/// </summary>
internal sealed class PngFile
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _indices;

    private PngFile(PngHeader header, IReadOnlyList<DiagramColor> palette, byte[] indices)
    {
        Header = header;
        Palette = palette;
        _indices = indices;
    }

    public PngHeader Header { get; }

    public IReadOnlyList<DiagramColor> Palette { get; }

    public int Width => Header.Width;

    public int Height => Header.Height;

    public DiagramColor this[int x, int y] => Palette[_indices[(y * Width) + x]];

    /// <summary>The chunks of <paramref name="png"/>, after checking the signature, each CRC, IHDR first and IEND last.</summary>
    public static IReadOnlyList<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        var chunks = new List<(string, byte[])>();
        var offset = 8;
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var typeAndData = png.AsSpan(offset + 4, 4 + length);
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length)), Crc32.HashToUInt32(typeAndData));
            chunks.Add((Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray()));
            offset += 12 + length;
        }

        Assert.Equal(png.Length, offset);
        Assert.Equal("IHDR", chunks[0].Item1);
        Assert.Equal("IEND", chunks[^1].Item1);
        return chunks;
    }

    /// <summary>The header of <paramref name="png"/> (chunks checked as by <see cref="Chunks"/>).</summary>
    public static PngHeader ReadHeader(byte[] png)
    {
        var data = Chunks(png)[0].Data;
        return new PngHeader(BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4)), data[8], data[9], data[12]);
    }

    /// <summary>Decodes an indexed-colour, non-interlaced PNG.</summary>
    public static PngFile Decode(byte[] png)
    {
        var chunks = Chunks(png);
        var header = ReadHeader(png);
        Assert.Equal((byte)3, header.ColourType);
        Assert.Equal((byte)0, header.Interlace);
        var plte = chunks.Single(c => c.Type == "PLTE").Data;
        var palette = Enumerable.Range(0, plte.Length / 3).Select(i => new DiagramColor(plte[3 * i], plte[(3 * i) + 1], plte[(3 * i) + 2])).ToArray();

        using var compressed = new MemoryStream(chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray());
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var data = raw.ToArray();

        var stride = ((header.Width * header.BitDepth) + 7) / 8;
        Assert.Equal((stride + 1) * header.Height, data.Length);
        var previous = new byte[stride];
        var indices = new byte[header.Width * header.Height];
        for (var y = 0; y < header.Height; y++)
        {
            var row = data.AsSpan((y * (stride + 1)) + 1, stride).ToArray();
            Unfilter(data[y * (stride + 1)], row, previous);
            for (var x = 0; x < header.Width; x++)
            {
                var bit = x * header.BitDepth;
                var index = (row[bit / 8] >> (8 - header.BitDepth - (bit % 8))) & ((1 << header.BitDepth) - 1);
                Assert.True(index < palette.Length, $"pixel ({x}, {y}) uses index {index}, beyond the palette of {palette.Length}");
                indices[(y * header.Width) + x] = (byte)index;
            }

            previous = row;
        }

        return new PngFile(header, palette, indices);
    }

    /// <summary>How many pixels of <paramref name="rect"/> are <paramref name="colour"/>.</summary>
    public int Count(DiagramRect rect, DiagramColor colour)
    {
        var count = 0;
        for (var y = rect.Y; y < rect.Bottom; y++)
        {
            for (var x = rect.X; x < rect.Right; x++)
            {
                count += this[x, y] == colour ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>The colours of <paramref name="rect"/>, row by row.</summary>
    public DiagramColor[] Crop(DiagramRect rect) =>
        Enumerable.Range(rect.Y, rect.Height).SelectMany(y => Enumerable.Range(rect.X, rect.Width).Select(x => this[x, y])).ToArray();

    // Indexed images filter whole bytes: the "pixel to the left" is the byte before.
    private static void Unfilter(byte filter, byte[] row, byte[] above)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i > 0 ? row[i - 1] : 0, up = above[i], upLeft = i > 0 ? above[i - 1] : 0;
            var predictor = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"unknown filter type {filter}"),
            };
            row[i] = (byte)(row[i] + predictor);
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        int toLeft = Math.Abs(estimate - left), toUp = Math.Abs(estimate - up), toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
