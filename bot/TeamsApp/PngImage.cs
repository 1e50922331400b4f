using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ChatPhone.Bot.TeamsApp;

/// <summary>
/// An 8-bit RGBA image that encodes itself as a PNG (signature, IHDR, one IDAT, IEND), written by hand so
/// the Teams icons need no image library: scanlines use filter 0 and are deflated with a zlib stream.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = BuildCrcTable();

    private readonly byte[] _rgba;

    /// <summary>A transparent image of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public PngImage(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        _rgba = new byte[width * height * 4];
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The pixel at (<paramref name="x"/>, <paramref name="y"/>), origin top left.</summary>
    public Rgba this[int x, int y]
    {
        get
        {
            var i = Offset(x, y);
            return new Rgba(_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]);
        }

        set
        {
            var i = Offset(x, y);
            (_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]) = (value.R, value.G, value.B, value.A);
        }
    }

    /// <summary>Sets every pixel to <paramref name="colour"/>.</summary>
    public void Fill(Rgba colour)
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                this[x, y] = colour;
            }
        }
    }

    /// <summary>The PNG file: colour type 6 (RGBA), 8 bits per channel, no interlace.</summary>
    public byte[] Encode()
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8;
        header[9] = 6;

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Deflate());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The CRC-32 (ISO-HDLC, the one PNG uses) of <paramref name="data"/>.</summary>
    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private int Offset(int x, int y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, Width);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Height);
        return ((y * Width) + x) * 4;
    }

    // Each scanline is its filter-type byte (0, none) followed by the row's bytes.
    private byte[] Deflate()
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var stride = Width * 4;
            for (var y = 0; y < Height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(_rgba, y * stride, stride);
            }
        }

        return compressed.ToArray();
    }

    // A chunk is its data length, its type, its data, and the CRC of type and data.
    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);

        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);

        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typed));
        png.Write(word);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}

/// <summary>A straight (not premultiplied) 8-bit RGBA colour.</summary>
/// <param name="R">Red.</param>
/// <param name="G">Green.</param>
/// <param name="B">Blue.</param>
/// <param name="A">Alpha: 0 transparent, 255 opaque.</param>
public readonly record struct Rgba(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Opaque white.</summary>
    public static Rgba White => new(255, 255, 255);

    /// <summary>A colour from <c>#rrggbb</c>.</summary>
    public static Rgba FromHex(string hex) =>
        new(Convert.ToByte(hex[1..3], 16), Convert.ToByte(hex[3..5], 16), Convert.ToByte(hex[5..7], 16));

    /// <summary>The same colour with alpha <paramref name="alpha"/>.</summary>
    public Rgba WithAlpha(byte alpha) => this with { A = alpha };
}
