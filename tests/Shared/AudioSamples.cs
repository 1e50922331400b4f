using System.Buffers.Binary;

namespace ChatPhone.Tests.Shared;

/// <summary>Tiny audio files built byte by byte, so format checks run on real headers without sound files in the repository.</summary>
internal static class AudioSamples
{
    /// <summary>A linear PCM WAV of <paramref name="seconds"/> of silence.</summary>
    public static byte[] Wav(double seconds = 0.5, ushort channels = 1, ushort bits = 16, int sampleRate = 8000, ushort formatTag = 1)
    {
        var byteRate = sampleRate * channels * bits / 8;
        var data = (int)(byteRate * seconds);
        var bytes = new byte[44 + data];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 36 + data);
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(20), formatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(22), channels);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(28), byteRate);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(32), (ushort)(channels * bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(34), bits);
        "data"u8.CopyTo(bytes.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(40), data);
        return bytes;
    }

    /// <summary>An MP3 that starts with an ID3v2 tag.</summary>
    public static byte[] Mp3WithId3() => [.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0, .. Frame()];

    /// <summary>An MP3 that starts with an MPEG-1 Layer III frame header.</summary>
    public static byte[] Mp3Frame() => Frame();

    /// <summary>An ASF (WMA) header with one audio stream of <paramref name="channels"/> channels.</summary>
    public static byte[] Wma(ushort channels = 1)
    {
        var stream = new byte[16 + 8 + 16 + 16 + 8 + 4 + 4 + 2 + 4 + 18];
        new Guid("B7DC0791-A9B7-11CF-8EE6-00C00C205365").ToByteArray().CopyTo(stream, 0);
        BinaryPrimitives.WriteInt64LittleEndian(stream.AsSpan(16), stream.Length);
        new Guid("F8699E40-5B4D-11CF-A8FD-00805F5C442B").ToByteArray().CopyTo(stream, 24);
        BinaryPrimitives.WriteUInt16LittleEndian(stream.AsSpan(78), 0x0161);
        BinaryPrimitives.WriteUInt16LittleEndian(stream.AsSpan(80), channels);
        var header = new byte[30];
        new Guid("75B22630-668E-11CF-A6D9-00AA0062CE6C").ToByteArray().CopyTo(header, 0);
        return [.. header, .. stream];
    }

    private static byte[] Frame() => [0xFF, 0xFB, 0x90, 0x64, .. new byte[413]];
}
