using ChatPhone.Core.AudioFiles;
using ChatPhone.Core.Audit;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using ChatPhone.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using static ChatPhone.IntegrationTests.Core.VoiceApps.VoiceAppHarness;

namespace ChatPhone.IntegrationTests.Core.AudioFiles;

[Collection(RedisCollection.Name)]
public sealed class AudioFileIntegrationTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Import_KeepsTheMetadataAndFingerprint_OnceForItsKey_AndOnceForTheSameNameContentAndApplication()
    {
        await using var harness = await StartAsync(redis);
        var files = ActivatorUtilities.CreateInstance<AudioFileService>(harness.Services);
        var wav = AudioSamples.Wav(seconds: 2);
        var key = NewKey();

        var first = await files.ImportAsync(new ImportAudioFile(Admin, key, " welcome.wav ", AudioFileApplication.TenantGlobal, wav));
        var replayed = await files.ImportAsync(new ImportAudioFile(Admin, key, "welcome.wav", AudioFileApplication.TenantGlobal, wav));
        var again = await files.ImportAsync(new ImportAudioFile(Admin, NewKey(), "WELCOME.wav", AudioFileApplication.TenantGlobal, wav));
        var other = await files.ImportAsync(new ImportAudioFile(Admin, NewKey(), "welcome.wav", AudioFileApplication.TenantGlobal, AudioSamples.Wav(seconds: 3)));

        Assert.True(first.IsSuccess, first.Error?.Code);
        Assert.True(Guid.TryParse(first.Value.Id, out _));
        Assert.Equal(("welcome.wav", AudioFormat.Wav, wav.LongLength, TimeSpan.FromSeconds(2)), (first.Value.FileName, first.Value.Format, first.Value.SizeBytes, first.Value.Duration!.Value));
        Assert.Equal(first.Value, replayed.Value);
        Assert.Equal(first.Value, again.Value);
        Assert.Equal("audio_file.name_taken", other.Error?.Code);
        Assert.Single((await files.ListAsync(Admin)).Value);
        var audit = await harness.Services.GetRequiredService<IAuditLog>().QueryAsync(Tenant, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        var imported = Assert.Single(audit, e => e.Action == AuditActions.AudioFiles.Import && e.Target == "audio-files:" + first.Value.Id);
        Assert.DoesNotContain(Convert.ToBase64String(wav), imported.After ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OverFiveMegabytes_OrByAUser_IsRefused_AndStoresNothing()
    {
        await using var harness = await StartAsync(redis);
        var files = ActivatorUtilities.CreateInstance<AudioFileService>(harness.Services);
        var big = AudioSamples.Wav(seconds: 330, bits: 16);

        var tooLarge = await files.ImportAsync(new ImportAudioFile(Admin, NewKey(), "long.wav", AudioFileApplication.HuntGroup, big));
        var byHelpdesk = await files.ImportAsync(new ImportAudioFile(HelpdeskAgent, NewKey(), "x.wav", AudioFileApplication.HuntGroup, AudioSamples.Wav()));

        Assert.True(big.LongLength > AudioFileRules.MaxSizeBytes);
        Assert.Equal("audio_file.too_large", tooLarge.Error?.Code);
        Assert.Equal("auth.admin_required", byHelpdesk.Error?.Code);
        Assert.Empty((await files.ListAsync(Admin)).Value);
    }

    [Fact]
    public async Task Remove_WhileAQueuePlaysTheFile_IsRefusedNamingIt_ThenRemovesOnceUnused()
    {
        await using var harness = await StartAsync(redis);
        var files = ActivatorUtilities.CreateInstance<AudioFileService>(harness.Services);
        var file = (await files.ImportAsync(new ImportAudioFile(Admin, NewKey(), "hold.mp3", AudioFileApplication.HuntGroup, AudioSamples.Mp3WithId3()))).Value;
        var saved = await harness.Queues.CreateAsync(new CreateCallQueue(Admin, NewKey(),
            new CallQueueSettings { Name = "Sales", UseDefaultMusicOnHold = false, MusicOnHoldAudioFileId = file.Id }));
        Assert.True(saved.IsSuccess, saved.Error?.Code);

        var refused = await files.RemoveAsync(new RemoveAudioFile(Admin, NewKey(), file.Id));
        var shown = await files.GetAsync(HelpdeskAgent, "HOLD.mp3");
        await harness.Queues.UpdateAsync(new UpdateCallQueue(Admin, NewKey(), saved.Value.Queue.Id, saved.Value.Queue.Settings with { UseDefaultMusicOnHold = true, MusicOnHoldAudioFileId = null }));
        var removed = await files.RemoveAsync(new RemoveAudioFile(Admin, NewKey(), file.Id));

        Assert.Equal("audio_file.in_use", refused.Error?.Code);
        Assert.Equal(["hold.mp3", "Sales"], refused.Error!.Args);
        Assert.Equal("Sales", Assert.Single(shown.Value.UsedBy).Name);
        Assert.Equal(new AudioFileRemoved(file.Id, "hold.mp3"), removed.Value);
        Assert.Empty((await files.ListAsync(Admin)).Value);
    }

    [Fact]
    public async Task Queue_WithAnAttendantOnlyFile_IsRefused()
    {
        await using var harness = await StartAsync(redis);
        var files = ActivatorUtilities.CreateInstance<AudioFileService>(harness.Services);
        var file = (await files.ImportAsync(new ImportAudioFile(Admin, NewKey(), "menu.wav", AudioFileApplication.OrgAutoAttendant, AudioSamples.Wav()))).Value;

        var saved = await harness.Queues.CreateAsync(new CreateCallQueue(Admin, NewKey(), new CallQueueSettings { Name = "Sales", Greeting = Prompt.Audio(file.Id) }));

        Assert.Equal("voiceapp.audio_file_wrong_application", saved.Error?.Code);
    }
}
