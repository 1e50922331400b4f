using ChatPhone.Core.AudioFiles;
using ChatPhone.Tests.Shared;

namespace ChatPhone.UnitTests.Core.AudioFiles;

public sealed class AudioFormatSnifferTests
{
    [Theory]
    [InlineData(8, 1)]
    [InlineData(16, 2)]
    [InlineData(32, 1)]
    public void Probe_PcmWav_IsWav_WithItsDurationFromTheHeader(ushort bits, ushort channels)
    {
        var probe = AudioFormatSniffer.Probe("welcome.wav", AudioSamples.Wav(seconds: 1.5, channels: channels, bits: bits));

        Assert.True(probe.IsSuccess, probe.Error?.Code);
        Assert.Equal(AudioFormat.Wav, probe.Value.Format);
        Assert.Equal(TimeSpan.FromSeconds(1.5), probe.Value.Duration);
    }

    [Theory]
    [InlineData(24, 1, 1)]
    [InlineData(16, 6, 1)]
    [InlineData(16, 1, 3)]
    public void Probe_WavThatIsNotPcm8Or16Or32MonoOrStereo_IsRefused(ushort bits, ushort channels, ushort formatTag) =>
        Assert.Equal("audio_file.wav_not_pcm", AudioFormatSniffer.Probe("x.wav", AudioSamples.Wav(bits: bits, channels: channels, formatTag: formatTag)).Error?.Code);

    [Fact]
    public void Probe_Mp3_ById3TagOrFrameSync_IsMp3WithoutDuration()
    {
        Assert.Equal(new AudioProbe(AudioFormat.Mp3, null), AudioFormatSniffer.Probe("hold.mp3", AudioSamples.Mp3WithId3()).Value);
        Assert.Equal(new AudioProbe(AudioFormat.Mp3, null), AudioFormatSniffer.Probe("HOLD.MP3", AudioSamples.Mp3Frame()).Value);
    }

    [Fact]
    public void Probe_MonoWma_IsWma_AndStereoWmaIsRefused()
    {
        Assert.Equal(AudioFormat.Wma, AudioFormatSniffer.Probe("menu.wma", AudioSamples.Wma(channels: 1)).Value.Format);
        Assert.Equal("audio_file.wma_not_mono", AudioFormatSniffer.Probe("menu.wma", AudioSamples.Wma(channels: 2)).Error?.Code);
    }

    [Theory]
    [InlineData("welcome.mp3", "audio_file.extension_mismatch")]
    [InlineData("welcome.wma", "audio_file.extension_mismatch")]
    [InlineData("welcome.ogg", "audio_file.extension_unsupported")]
    [InlineData("welcome", "audio_file.extension_unsupported")]
    public void Probe_ExtensionThatDisagreesWithTheBytes_IsRefused(string name, string code) =>
        Assert.Equal(code, AudioFormatSniffer.Probe(name, AudioSamples.Wav()).Error?.Code);

    [Fact]
    public void Probe_TextNamedLikeAudio_IsRefused() =>
        Assert.Equal("audio_file.content_unknown", AudioFormatSniffer.Probe("evil.wav", "upn,displayName\n"u8.ToArray()).Error?.Code);

    [Theory]
    [InlineData("welcome.wav", true)]
    [InlineData("  Accueil du standard.mp3 ", true)]
    [InlineData("../etc/passwd.wav", false)]
    [InlineData("a\\b.wav", false)]
    [InlineData(".hidden.wav", false)]
    [InlineData("", false)]
    public void FileName_IsAPlainNameOnly(string name, bool valid) =>
        Assert.Equal(valid, AudioFileRules.FileName(name).IsSuccess);

    [Theory]
    [InlineData(255, true)]
    [InlineData(256, false)]
    public void FileName_AtMost255Characters(int length, bool valid) =>
        Assert.Equal(valid, AudioFileRules.FileName(new string('a', length - 4) + ".wav").IsSuccess);

    [Theory]
    [InlineData(AudioFileApplication.OrgAutoAttendant, AudioFileApplication.OrgAutoAttendant, true)]
    [InlineData(AudioFileApplication.TenantGlobal, AudioFileApplication.HuntGroup, true)]
    [InlineData(AudioFileApplication.HuntGroup, AudioFileApplication.OrgAutoAttendant, false)]
    [InlineData(AudioFileApplication.OrgAutoAttendant, AudioFileApplication.HuntGroup, false)]
    public void Allows_TenantGlobalEverywhere_OtherwiseOnlyItsOwnKind(AudioFileApplication application, AudioFileApplication use, bool allowed) =>
        Assert.Equal(allowed, AudioFileRules.Allows(application, use));
}
