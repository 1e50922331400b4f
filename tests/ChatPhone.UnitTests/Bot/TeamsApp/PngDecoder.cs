using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace ChatPhone.UnitTests.Bot.TeamsApp;

/// <summary>A decoded PNG: its header fields and its pixels as RGBA.</summary>
internal sealed record DecodedPng(int Width, int Height, int BitDepth, int ColourType, IReadOnlyList<string> Chunks, byte[] Rgba)
{
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Width * Height).Select(i => (Rgba[i * 4], Rgba[(i * 4) + 1], Rgba[(i * 4) + 2], Rgba[(i * 4) + 3]));
}

/// <summary>
/// A strict reader of the PNGs the package holds (8-bit RGB or RGBA, not interlaced), written for the tests
/// and independent of the encoder: every chunk's CRC is checked with System.IO.Hashing, and all five scanline
/// filters are undone, so a file passes only if it is a PNG any viewer reads the same way.
/// </summary>
internal static class PngDecoder
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static DecodedPng Decode(byte[] file)
    {
        Assert.True(file.AsSpan(0, 8).SequenceEqual(Signature), "not a PNG signature");
        var chunks = new List<string>();
        var data = new MemoryStream();
        var (width, height, depth, colour) = (0, 0, 0, 0);
        var offset = 8;
        while (offset < file.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var typeAndData = file.AsSpan(offset + 4, 4 + length);
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            var stored = BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(offset + 8 + length));
            Assert.True(Crc32.HashToUInt32(typeAndData) == stored, $"bad CRC on chunk {type}");
            chunks.Add(type);
            var body = typeAndData[4..];
            switch (type)
            {
                case "IHDR":
                    Assert.Single(chunks);
                    (width, height) = (BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]));
                    (depth, colour) = (body[8], body[9]);
                    Assert.Equal((0, 0, 0), (body[10], body[11], body[12]));
                    break;
                case "IDAT":
                    data.Write(body);
                    break;
            }

            offset += 12 + length;
        }

        Assert.Equal("IEND", chunks[^1]);
        Assert.Equal(8, depth);
        Assert.Contains(colour, new[] { 2, 6 });
        return new DecodedPng(width, height, depth, colour, chunks, Unfilter(Inflate(data.ToArray()), width, height, colour == 6 ? 4 : 3));
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        Assert.Equal(height * (stride + 1), raw.Length);
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                int left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                pixels[(y * stride) + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown filter {filter} on row {y}"),
                });
            }
        }

        return channels == 4 ? pixels : AddAlpha(pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] AddAlpha(byte[] rgb)
    {
        var rgba = new byte[rgb.Length / 3 * 4];
        for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
        {
            (rgba[j], rgba[j + 1], rgba[j + 2], rgba[j + 3]) = (rgb[i], rgb[i + 1], rgb[i + 2], 255);
        }

        return rgba;
    }
}
