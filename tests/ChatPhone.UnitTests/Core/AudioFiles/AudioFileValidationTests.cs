using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.VoiceApps;
using ChatPhone.UnitTests.Core.VoiceApps;
using static ChatPhone.UnitTests.Core.AutoAttendants.Attendants;

namespace ChatPhone.UnitTests.Core.AudioFiles;

public sealed class AudioFileValidationTests
{
    private const string QueueOnly = "0b6d0f5e-1c2d-4e3f-9a8b-7c6d5e4f3a2b";
    private const string AttendantOnly = "1c7e1a6f-2d3e-4f50-8b9c-8d7e6f5a4b3c";
    private const string Missing = "2d8f2b70-3e4f-4061-9cad-9e8f7a6b5c4d";

    private static readonly VoiceAppFacts Facts = TestFacts.Tenant(extraFiles:
    [
        TestFacts.AudioFile(QueueOnly, "hold.mp3", AudioFileApplication.HuntGroup),
        TestFacts.AudioFile(AttendantOnly, "menu.wav", AudioFileApplication.OrgAutoAttendant),
    ]);

    [Theory]
    [InlineData(TestFacts.Audio, new string[0])]
    [InlineData(AttendantOnly, new string[0])]
    [InlineData(QueueOnly, new[] { "voiceapp.audio_file_wrong_application" })]
    [InlineData(Missing, new[] { "voiceapp.audio_file_unknown" })]
    public void AttendantGreeting_MustBeAFileImportedForAttendants(string fileId, string[] codes)
    {
        var settings = Minimal with { DefaultFlow = Minimal.DefaultFlow with { Greeting = Prompt.Audio(fileId) } };

        Assert.Equal(codes, TestFacts.Codes(AutoAttendantValidator.Validate(settings, Facts).Problems));
    }

    [Theory]
    [InlineData(TestFacts.Audio, new string[0])]
    [InlineData(QueueOnly, new string[0])]
    [InlineData(AttendantOnly, new[] { "voiceapp.audio_file_wrong_application" })]
    [InlineData(Missing, new[] { "voiceapp.audio_file_unknown" })]
    public void QueueMusicOnHold_MustBeAFileImportedForQueues(string fileId, string[] codes)
    {
        var settings = new CallQueueSettings { Name = "Sales", UseDefaultMusicOnHold = false, MusicOnHoldAudioFileId = fileId };

        Assert.Equal(codes, TestFacts.Codes(CallQueueValidator.Validate(settings, Facts).Problems));
    }

    [Fact]
    public void UsersOf_NamesTheAttendantsAndQueuesThatPlayTheFile()
    {
        var attendant = TestFacts.Attendant("a1", Minimal with { Name = "Main line", DefaultFlow = Minimal.DefaultFlow with { Greeting = Prompt.Audio(TestFacts.Audio) } });
        var queue = TestFacts.Queue("q1", new CallQueueSettings { Name = "Sales", Greeting = Prompt.Audio(TestFacts.Audio.ToUpperInvariant()) });
        var other = TestFacts.Queue("q2", new CallQueueSettings { Name = "Support" });

        var users = AudioFileReferences.UsersOf(TestFacts.Audio, [attendant], [queue, other]);

        Assert.Equal([new AudioFileUser("a1", "Main line", false), new AudioFileUser("q1", "Sales", true)], users);
    }
}
