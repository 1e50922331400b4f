using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using ChatPhone.Tests.Shared;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.AudioFiles;

/// <summary>
/// Audio files by chat through <c>POST /api/messages</c>, in English and French: a WAV sent as a data: URI with what it is
/// for is planned, imported on confirm and becomes the attendant's greeting; the simulated call names the file; a file
/// still played cannot be removed; a greeting sentence names an imported file; a user and a private address are refused.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class AudioFilesConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string MainLine = "+33180000000";

    protected override async Task ArrangeAsync()
    {
        var attendant = await Phone.AutoAttendants.CreateAsync(new CreateAutoAttendant(Admin, IdempotencyKey.New(), new AutoAttendantSettings
        {
            Name = "Main line",
            LanguageId = "en-US",
            TimeZoneId = "Romance Standard Time",
            DefaultFlow = new CallFlow("Business hours", Prompt.Text("Welcome to Contoso."), new Menu("Business hours", null,
                [new MenuOption(DtmfTone.Automatic, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.ExternalPstn, "tel:+33600000000"))])),
        }));
        Assert.True(attendant.IsSuccess, attendant.Error?.Code);
        await TenantSeed.PutAsync(Factory.Services, Demo, ResourceAccountCollections.Accounts,
            ("ra-main", new ResourceAccount("ra-main", "ra-main@contoso.com", "Main line", ResourceAccountKind.AutoAttendant, Sku.ResourceAccount, MainLine,
                attendant.Value.Attendant.Id, 3, DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task AWavSentWithItsUse_IsPlannedImportedAndPlayed_AndCannotBeRemovedWhileUsed_InEnglish()
    {
        var plan = await SendAsync(Client, AudioMessage(Megan, "use this as the greeting of Main line", "welcome.wav", DataUri(AudioSamples.Wav(seconds: 2)), "audio-en"));
        var done = Shown(await SendAsync(Client, Invoke(Megan, ConfirmData(plan), "audio-en")));
        var call = Shown(await SendAsync(Client, Message(Megan, "what happens when someone calls +33 1 80 00 00 00 on Wednesday at 10:30?", "audio-en")));
        var remove = Shown(await SendAsync(Client, Message(Megan, "remove welcome.wav", "audio-en")));
        var list = Shown(await SendAsync(Client, Message(Priya, "list the audio files", "audio-en-2")));

        var planned = Shown(plan);
        Assert.Contains("Import the audio file welcome.wav", planned, StringComparison.Ordinal);
        Assert.Contains("0:02.0", planned, StringComparison.Ordinal);
        Assert.Contains("business-hours greeting of the auto attendant Main line", planned, StringComparison.Ordinal);
        Assert.Contains("not the sound itself", planned, StringComparison.Ordinal);
        Assert.Contains("welcome.wav is imported and is now the business-hours greeting of the auto attendant Main line.", done, StringComparison.Ordinal);
        Assert.Contains("🔊 The caller hears the audio file welcome.wav", call, StringComparison.Ordinal);
        var attendant = (await Phone.VoiceApps.GetAutoAttendantAsync(Admin, "Main line")).Value;
        Assert.DoesNotContain(attendant.Settings.DefaultFlow.Greeting!.AudioFileId!, call, StringComparison.Ordinal);
        Assert.Contains("“welcome.wav” is still played by auto attendant Main line", remove, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", remove, StringComparison.Ordinal);
        Assert.Contains("welcome.wav", list, StringComparison.Ordinal);
        Assert.Contains("used by auto attendant Main line", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileJustImported_IsNamedInAGreetingSentence_ThenRemovedOnceUnused_InFrench()
    {
        var plan = await SendAsync(Client, AudioMessage(Camille, "importe ce fichier pour le standard", "accueil.wav", DataUri(AudioSamples.Wav()), "audio-fr", "fr-FR"));
        var done = Shown(await SendAsync(Client, Invoke(Camille, ConfirmData(plan), "audio-fr", locale: "fr-FR")));
        var unknown = Shown(await SendAsync(Client, Message(Camille, "modifie le menu du standard Main line : message d’accueil fichier bienvenue.mp3", "audio-fr", locale: "fr-FR")));
        var change = await SendAsync(Client, Message(Camille, "modifie le menu du standard Main line : message d’accueil fichier accueil.wav", "audio-fr", locale: "fr-FR"));
        await SendAsync(Client, Invoke(Camille, ConfirmData(change), "audio-fr", locale: "fr-FR"));
        var refused = Shown(await SendAsync(Client, Message(Camille, "supprime le fichier audio accueil.wav", "audio-fr", locale: "fr-FR")));

        Assert.Contains("Importer le fichier audio accueil.wav", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("standards automatiques", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("accueil.wav est importé", done, StringComparison.Ordinal);
        Assert.Contains("Aucun fichier audio importé ne s’appelle « bienvenue.mp3 ». Les fichiers disponibles : accueil.wav.", unknown, StringComparison.Ordinal);
        Assert.Contains("accueil.wav", Shown(change), StringComparison.Ordinal);
        var attendant = (await Phone.VoiceApps.GetAutoAttendantAsync(Admin, "Main line")).Value;
        Assert.NotNull(attendant.Settings.DefaultFlow.Greeting?.AudioFileId);
        Assert.Contains("« accueil.wav » est encore diffusé par le standard automatique Main line", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUser_AndAPrivateAddress_AreRefused_AndNothingIsImported()
    {
        var user = Shown(await SendAsync(Client, AudioMessage(Alex, "use this as the greeting of Main line", "welcome.wav", DataUri(AudioSamples.Wav()), "audio-user")));
        var local = Shown(await SendAsync(Client, AudioMessage(Megan, "upload", "hold.mp3", "https://127.0.0.1/hold.mp3", "audio-local")));
        var mislabelled = Shown(await SendAsync(Client, AudioMessage(Megan, string.Empty, "hold.mp3", DataUri(AudioSamples.Wav()), "audio-bad")));

        Assert.Contains(new Error("auth.admin_required").Describe(Language.English), user, StringComparison.Ordinal);
        Assert.Contains(new Error("audio_file.download_failed").Describe(Language.English), local, StringComparison.Ordinal);
        Assert.Contains("“hold.mp3” is named like one format but its content is WAV", mislabelled, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", user + local + mislabelled, StringComparison.Ordinal);
        Assert.Empty((await Phone.VoiceApps.ListAudioFilesAsync(Admin)).Value);
    }

    [Fact]
    public async Task MusicOnHoldSentWithItsQueue_BecomesTheQueueMusic_AndTheQueueCardNamesTheFile()
    {
        await CreateCallQueueAsync("Sales");

        var plan = await SendAsync(Client, AudioMessage(Megan, "music on hold for the Sales queue", "hold.mp3", "data:audio/mpeg;base64," + Convert.ToBase64String(AudioSamples.Mp3WithId3()), "audio-moh"));
        var done = Shown(await SendAsync(Client, Invoke(Megan, ConfirmData(plan), "audio-moh")));
        var shown = Shown(await SendAsync(Client, Message(Megan, "show the Sales queue", "audio-moh")));

        Assert.Contains("call queues", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("music on hold of the call queue Sales", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("hold.mp3 is imported and is now the music on hold of the call queue Sales.", done, StringComparison.Ordinal);
        var queue = await CallQueueAsync("Sales");
        Assert.False(queue.Settings.UseDefaultMusicOnHold);
        Assert.Contains("audio file hold.mp3", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(queue.Settings.MusicOnHoldAudioFileId!, shown, StringComparison.Ordinal);
    }

    private static string DataUri(byte[] bytes) => "data:audio/wav;base64," + Convert.ToBase64String(bytes);

    private static JObject AudioMessage(string user, string text, string name, string url, string conversation, string locale = "en-US")
    {
        var message = Message(user, text, conversation, locale: locale);
        message["attachments"] = new JArray(new JObject { ["contentType"] = "audio/wav", ["name"] = name, ["contentUrl"] = url });
        return message;
    }
}
