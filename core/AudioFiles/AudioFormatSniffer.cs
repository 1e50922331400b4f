using System.Buffers.Binary;
using ChatPhone.Core.Common;

namespace ChatPhone.Core.AudioFiles;

/// <summary>What the bytes of an audio file say it is.</summary>
/// <param name="Format">The format.</param>
/// <param name="Duration">The length, when the header tells it (WAV).</param>
public sealed record AudioProbe(AudioFormat Format, TimeSpan? Duration);

/// <summary>
/// Reads the format of an audio file from its first bytes, as Teams checks it: RIFF/WAVE with a linear PCM
/// <c>fmt </c> chunk (8, 16 or 32 bits, one or two channels), an ID3 tag or an MPEG frame sync for MP3, the ASF
/// header object for WMA (whose audio stream must be mono). The extension must name the same format.
/// </summary>
public static class AudioFormatSniffer
{
    private const ushort PcmTag = 1, ExtensibleTag = 0xFFFE;
    private static readonly byte[] AsfHeader = new Guid("75B22630-668E-11CF-A6D9-00AA0062CE6C").ToByteArray();
    private static readonly byte[] AsfStreamProperties = new Guid("B7DC0791-A9B7-11CF-8EE6-00C00C205365").ToByteArray();
    private static readonly byte[] AsfAudioMedia = new Guid("F8699E40-5B4D-11CF-A8FD-00805F5C442B").ToByteArray();

    /// <summary>The format the extension of <paramref name="fileName"/> names, or null for any other extension.</summary>
    public static AudioFormat? FromExtension(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".wav" => AudioFormat.Wav,
            ".mp3" => AudioFormat.Mp3,
            ".wma" => AudioFormat.Wma,
            _ => null,
        };

    /// <summary>Checks that <paramref name="content"/> is the format its file name's extension says, and reads what it can.</summary>
    public static Result<AudioProbe> Probe(string fileName, ReadOnlySpan<byte> content)
    {
        if (FromExtension(fileName) is not { } expected)
        {
            return new Error("audio_file.extension_unsupported", Path.GetExtension(fileName));
        }

        var found = Sniff(content);
        if (found is null)
        {
            return new Error("audio_file.content_unknown", fileName);
        }

        if (found.Value != expected)
        {
            return new Error("audio_file.extension_mismatch", fileName, found.Value);
        }

        return expected switch
        {
            AudioFormat.Wav => Wav(fileName, content),
            AudioFormat.Wma => Wma(fileName, content),
            _ => new AudioProbe(AudioFormat.Mp3, null),
        };
    }

    /// <summary>The format of the bytes by their signature alone, or null.</summary>
    public static AudioFormat? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            return AudioFormat.Wav;
        }

        if (content.Length >= 16 && content[..16].SequenceEqual(AsfHeader))
        {
            return AudioFormat.Wma;
        }

        var id3 = content.Length >= 10 && content[..3].SequenceEqual("ID3"u8);
        var frameSync = content.Length >= 4 && content[0] == 0xFF && (content[1] & 0xE0) == 0xE0 && (content[1] & 0x06) != 0;
        return id3 || frameSync ? AudioFormat.Mp3 : null;
    }

    private static Result<AudioProbe> Wav(string fileName, ReadOnlySpan<byte> content)
    {
        (ushort Tag, ushort Channels, uint ByteRate, ushort Bits)? format = null;
        TimeSpan? duration = null;
        var offset = 12;
        while (offset + 8 <= content.Length)
        {
            var id = content.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(content.Slice(offset + 4, 4));
            var body = offset + 8;
            if (id.SequenceEqual("fmt "u8) && size >= 16 && body + 16 <= content.Length)
            {
                var fmt = content.Slice(body, 16);
                format = (BinaryPrimitives.ReadUInt16LittleEndian(fmt), BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]),
                    BinaryPrimitives.ReadUInt32LittleEndian(fmt[8..]), BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]));
            }
            else if (id.SequenceEqual("data"u8) && format is { ByteRate: > 0 } known)
            {
                var bytes = Math.Min(size, (uint)(content.Length - body));
                duration = TimeSpan.FromSeconds(Math.Round((double)bytes / known.ByteRate, 3));
                break;
            }

            offset = body + (int)Math.Min(size + (size & 1), int.MaxValue - body);
        }

        if (format is not { } f || f.Tag is not (PcmTag or ExtensibleTag) || f.Channels is not (1 or 2) || f.Bits is not (8 or 16 or 32))
        {
            return new Error("audio_file.wav_not_pcm", fileName);
        }

        return new AudioProbe(AudioFormat.Wav, duration);
    }

    private static Result<AudioProbe> Wma(string fileName, ReadOnlySpan<byte> content)
    {
        // Stream properties object: GUID, size, stream type, error correction type, time offset, two lengths, flags,
        // reserved, then the WAVEFORMATEX whose second field is the channel count.
        const int channelsAt = 16 + 8 + 16 + 16 + 8 + 4 + 4 + 2 + 4 + 2;
        for (var at = content.IndexOf(AsfStreamProperties); at >= 0 && at + channelsAt + 2 <= content.Length;)
        {
            if (content.Slice(at + 24, 16).SequenceEqual(AsfAudioMedia))
            {
                var channels = BinaryPrimitives.ReadUInt16LittleEndian(content.Slice(at + channelsAt, 2));
                return channels == 1 ? new AudioProbe(AudioFormat.Wma, null) : new Error("audio_file.wma_not_mono", fileName, channels);
            }

            var next = content[(at + 16)..].IndexOf(AsfStreamProperties);
            at = next < 0 ? -1 : at + 16 + next;
        }

        return new AudioProbe(AudioFormat.Wma, null);
    }
}
