using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.VoiceApps;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.VoiceApps;

/// <summary>
/// "What happens when someone calls…?" through <c>POST /api/messages</c>, in English and French: the main line's
/// attendant on a weekday (its menu waits, then each key), on a Sunday night, on a holiday; a dead end introduced on
/// purpose; the buttons of a waiting menu; and who may ask.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CallSimulationConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string MainLine = "+33180000000";
    private const string OutsideLine = "+33600000000";

    protected override async Task ArrangeAsync()
    {
        await LicensePhoneSystemAsync(Megan, Alex, Sam);
        var sales = await QueueAsync(new CallQueueSettings { Name = "Sales", Users = [Alex] });
        var support = await QueueAsync(new CallQueueSettings
        {
            Name = "Support",
            Users = [Sam],
            Greeting = Prompt.Text("Thanks for calling support."),
            TimeoutThreshold = 300,
            Timeout = new QueueAction<TimeoutActionKind>(TimeoutActionKind.Voicemail, Megan),
        });
        await AccountAsync("ra-sales", ResourceAccountKind.CallQueue, sales.Id);
        await AccountAsync("ra-support", ResourceAccountKind.CallQueue, support.Id);
        var christmas = Enumerable.Range(2026, 10).Select(year => new DateTimeRange(new DateTime(year, 12, 25))).ToArray();
        var attendant = await Phone.AutoAttendants.CreateAsync(new CreateAutoAttendant(Admin, IdempotencyKey.New(), new AutoAttendantSettings
        {
            Name = "Main line",
            LanguageId = "fr-FR",
            TimeZoneId = "Romance Standard Time",
            Operator = new CallableEntity(CallableEntityType.User, Megan),
            Hours = new BusinessHours([.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(d => new DayHours(d, [new TimeRange(TimeSpan.FromHours(9), TimeSpan.FromHours(18))]))]),
            DefaultFlow = new CallFlow("Business hours", Prompt.Text("Welcome to Contoso."), new Menu("Business hours", null,
            [
                new MenuOption(DtmfTone.Tone1, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.ApplicationEndpoint, "ra-sales")),
                new MenuOption(DtmfTone.Tone2, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.ApplicationEndpoint, "ra-support")),
                new MenuOption(DtmfTone.Tone0, MenuAction.TransferCallToOperator),
            ])),
            AfterHoursFlow = new CallFlow("After hours", Prompt.Text("We are closed."), new Menu("After hours", null,
                [new MenuOption(DtmfTone.Automatic, MenuAction.TransferCallToTarget, Target: new CallableEntity(CallableEntityType.ExternalPstn, "tel:" + OutsideLine))])),
            Holidays = [new Holiday("Christmas", christmas, HolidayAction.Redirect, Prompt.Text("Merry Christmas, we are closed."), new CallableEntity(CallableEntityType.User, Megan))],
        }));
        Assert.True(attendant.IsSuccess, attendant.IsSuccess ? null : string.Join(", ", attendant.Error.Code, string.Join(",", attendant.Error.Args)));
        await AccountAsync("ra-main", ResourceAccountKind.AutoAttendant, attendant.Value.Attendant.Id, MainLine);
    }

    [Fact]
    public async Task Weekday_InEnglish_TheMenuWaits_ThenEachKeyReachesItsQueueOrTheOperator()
    {
        var waiting = await SendAsync(Client, Message(Priya, "what happens when someone calls +33 1 80 00 00 00 on Wednesday at 10:30?", "sim-en"));
        var one = await SendAsync(Client, Message(Priya, "press 1", "sim-en"));
        var two = await SendAsync(Client, Invoke(Priya, PressData(waiting, "2"), "sim-en"));
        var zero = await SendAsync(Client, Message(Priya, "and if I press 0?", "sim-en"));

        var shown = Shown(waiting);
        Assert.Contains("Call to +33180000000", shown, StringComparison.Ordinal);
        Assert.Contains("The auto attendant Main line answers.", shown, StringComparison.Ordinal);
        Assert.Contains("It is within business hours.", shown, StringComparison.Ordinal);
        Assert.Contains("🔊 The caller hears: “Welcome to Contoso.”", shown, StringComparison.Ordinal);
        Assert.Contains("The menu waits for a key: 1: call queue Sales, 2: call queue Support, 0: Megan Bowen.", shown, StringComparison.Ordinal);
        Assert.Contains("Press 1 — call queue Sales", shown, StringComparison.Ordinal);
        var picture = (string)CardOf(waiting).SelectTokens("$..[?(@.type == 'Image')]").Single()["url"]!;
        var png = Convert.FromBase64String(picture["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)) > 300, "the diagram is wide enough to read");

        Assert.Contains("The caller presses 1.", Shown(one), StringComparison.Ordinal);
        Assert.Contains("Its agents ring: Alex Wilber.", Shown(one), StringComparison.Ordinal);
        Assert.Contains("✅ The call reaches someone: Alex Wilber.", Shown(one), StringComparison.Ordinal);

        Assert.Contains("🔊 The caller hears: “Thanks for calling support.”", Shown(two), StringComparison.Ordinal);
        Assert.Contains("✅ The call reaches someone: Sam Taylor.", Shown(two), StringComparison.Ordinal);

        Assert.Contains("The caller presses 0. Megan Bowen’s phone rings.", Shown(zero), StringComparison.Ordinal);
        Assert.Contains("✅ The call reaches someone: Megan Bowen.", Shown(zero), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SundayNight_AndChristmas_InEnglish_TakeTheAfterHoursAndHolidayFlows()
    {
        var sunday = Shown(await SendAsync(Client, Message(Megan, "what happens if someone calls +33 1 80 00 00 00 on Sunday at 8pm?", "sim-night")));
        var christmas = Shown(await SendAsync(Client, Message(Megan, "what happens when someone calls the main line on December 25?", "sim-xmas")));

        Assert.Contains("It is outside business hours.", sunday, StringComparison.Ordinal);
        Assert.Contains("🔊 The caller hears: “We are closed.”", sunday, StringComparison.Ordinal);
        Assert.Contains("✅ The call leaves for +33600000000.", sunday, StringComparison.Ordinal);
        Assert.Contains("It is the holiday “Christmas”.", christmas, StringComparison.Ordinal);
        Assert.Contains("🔊 The caller hears: “Merry Christmas, we are closed.”", christmas, StringComparison.Ordinal);
        Assert.Contains("Megan Bowen’s phone rings.", christmas, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InFrench_WeekdayThenKeyTwo_SundayNight_AndChristmas()
    {
        var waiting = Shown(await SendAsync(Client, Message(Camille, "que se passe-t-il si on appelle le +33 1 80 00 00 00 mercredi à 10 h 30 ?", "sim-fr", locale: "fr-FR")));
        var two = Shown(await SendAsync(Client, Message(Camille, "appuie sur 2", "sim-fr", locale: "fr-FR")));
        var sunday = Shown(await SendAsync(Client, Message(Camille, "et si quelqu'un appelle le +33 1 80 00 00 00 dimanche à 20 h, que se passe-t-il ?", "sim-fr-2", locale: "fr-FR")));
        var christmas = Shown(await SendAsync(Client, Message(Camille, "que se passe-t-il si on appelle le standard le 25 décembre ?", "sim-fr-3", locale: "fr-FR")));

        Assert.Contains("Appel vers le +33180000000", waiting, StringComparison.Ordinal);
        Assert.Contains("Le standard automatique Main line répond.", waiting, StringComparison.Ordinal);
        Assert.Contains("C’est pendant les heures d’ouverture.", waiting, StringComparison.Ordinal);
        Assert.Contains("Le menu attend une touche : 1 : file d’attente Sales, 2 : file d’attente Support, 0 : Megan Bowen.", waiting, StringComparison.Ordinal);
        Assert.Contains("L’appelant appuie sur 2.", two, StringComparison.Ordinal);
        Assert.Contains("✅ L’appel aboutit : Sam Taylor.", two, StringComparison.Ordinal);
        Assert.Contains("C’est en dehors des heures d’ouverture.", sunday, StringComparison.Ordinal);
        Assert.Contains("✅ L’appel part vers le +33600000000.", sunday, StringComparison.Ordinal);
        Assert.Contains("C’est le jour de fermeture « Christmas ».", christmas, StringComparison.Ordinal);
        Assert.Contains("✅ L’appel aboutit : Megan Bowen.", christmas, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeadEndIntroducedOnPurpose_IsNamed_WithAButtonToTheFix_InBothLanguages()
    {
        await AccountAsync("ra-support", ResourceAccountKind.CallQueue, (await Phone.VoiceApps.GetCallQueueAsync(Admin, "Support")).Value.Id, license: null);

        var english = await SendAsync(Client, Message(Megan, "what happens when someone calls +33 1 80 00 00 00 on Wednesday at 11am and presses 2?", "sim-dead"));
        var french = Shown(await SendAsync(Client, Message(Camille, "que se passe-t-il si on appelle le +33 1 80 00 00 00 mercredi à 11 h et qu'on tape 2 ?", "sim-dead-fr", locale: "fr-FR")));

        Assert.Contains("⛔ Dead end: The resource account ra-support@contoso.com has no license", Shown(english), StringComparison.Ordinal);
        var fix = CardOf(english).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "object.act");
        Assert.Equal(("ResourceAccount", "ra-support"), ((string?)fix["kind"], (string?)fix["objectId"]));
        Assert.Contains("⛔ Impasse : Le compte de ressources ra-support@contoso.com n’a pas de licence", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheChecklist_TurnsStepEightToBlocked_WhenAFlowCanOnlyHangUp_WithAFixButton_AndBackToDoneOnceFixed()
    {
        var attendant = (await Phone.VoiceApps.GetAutoAttendantAsync(Admin, "Main line")).Value;
        var before = Shown(await SendAsync(Client, Message(Megan, "start setup", "sim-checklist")));
        var closed = attendant.Settings with { Holidays = [attendant.Settings.Holidays[0] with { Action = HolidayAction.Disconnect, RedirectTarget = null }] };
        Assert.True((await Phone.AutoAttendants.UpdateAsync(new UpdateAutoAttendant(Admin, IdempotencyKey.New(), attendant.Id, closed))).IsSuccess);

        var english = await SendAsync(Client, Message(Megan, "start setup", "sim-checklist"));
        var french = Shown(await SendAsync(Client, Message(Camille, "démarrer la configuration", "sim-checklist-fr", locale: "fr-FR")));
        var christmas = Shown(await SendAsync(Client, Message(Megan, "what happens when someone calls +33 1 80 00 00 00 on December 25 at noon?", "sim-checklist")));

        Assert.Contains("✅ 8. Create auto attendants — Done", before, StringComparison.Ordinal);
        Assert.Contains("⛔ 8. Create auto attendants — Blocked", Shown(english), StringComparison.Ordinal);
        Assert.Contains("In the “Christmas” call flow of Main line, every call is hung up", Shown(english), StringComparison.Ordinal);
        Assert.Contains("Calls to +33180000000 meet this dead end.", Shown(english), StringComparison.Ordinal);
        var fix = CardOf(english).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "object.act");
        Assert.Equal(("ChangeObject", "AutoAttendant", attendant.Id), ((string?)fix["intent"], (string?)fix["kind"], (string?)fix["objectId"]));
        Assert.Contains("⛔ 8. Créer les standards automatiques — Bloqué", french, StringComparison.Ordinal);
        Assert.Contains("Dans le parcours « Christmas » de Main line, chaque appel est raccroché", french, StringComparison.Ordinal);
        Assert.Contains("⚠ Dead end: the call is hung up without reaching anyone.", christmas, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueueWithoutAgents_WaitsForItsTimeout_ThenTheVoicemail()
    {
        var support = (await Phone.VoiceApps.GetCallQueueAsync(Admin, "Support")).Value;
        var emptied = await Phone.CallQueues.UpdateAsync(new UpdateCallQueue(Admin, IdempotencyKey.New(), support.Id, support.Settings with { Users = [] }));
        Assert.True(emptied.IsSuccess);

        var call = Shown(await SendAsync(Client, Message(Priya, "simulate a call to the Support queue", "sim-empty")));

        Assert.Contains("Call reaching Support", call, StringComparison.Ordinal);
        Assert.Contains("No agent can answer, so the caller waits 5 min, then the timeout action applies.", call, StringComparison.Ordinal);
        Assert.Contains("✅ The caller reaches a voicemail and can leave a message.", call, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonWithoutHelpdeskRights_IsRefused_AndAQuestionWithoutANumber_AsksWhich()
    {
        var user = Shown(await SendAsync(Client, Message(Alex, "what happens when someone calls +33 1 80 00 00 00?", "sim-user")));
        var which = await SendAsync(Client, Message(Priya, "what happens when a customer calls?", "sim-which"));
        var forged = Shown(await SendAsync(Client, Invoke(Alex, JObject.FromObject(new { verb = "callpath.simulate", entry = MainLine, when = (string?)null, keys = "1" }), "sim-user")));

        Assert.Contains("Only helpdesk staff or an admin", user, StringComparison.Ordinal);
        Assert.DoesNotContain("Main line", user, StringComparison.Ordinal);
        Assert.Contains("Which number, auto attendant or call queue should I call?", Shown(which), StringComparison.Ordinal);
        Assert.Contains("Call Main line", Shown(which), StringComparison.Ordinal);
        Assert.Contains("Only helpdesk staff or an admin", forged, StringComparison.Ordinal);
    }

    private static JObject PressData(IReadOnlyList<JObject> replies, string key) =>
        CardOf(replies).SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "callpath.simulate" && ((string?)d["keys"])!.EndsWith(key, StringComparison.Ordinal));

    private async Task<CallQueue> QueueAsync(CallQueueSettings settings)
    {
        var created = await Phone.CallQueues.CreateAsync(new CreateCallQueue(Admin, IdempotencyKey.New(), settings));
        Assert.True(created.IsSuccess, created.IsSuccess ? null : created.Error.Code);
        return created.Value.Queue;
    }

    private Task AccountAsync(string id, ResourceAccountKind kind, string associatedWith, string? number = null, Sku? license = Sku.ResourceAccount) =>
        TenantSeed.PutAsync(Factory.Services, Demo, ResourceAccountCollections.Accounts,
            (id, new ResourceAccount(id, id + "@contoso.com", id, kind, license, number, associatedWith, 3, DateTimeOffset.UtcNow)));
}
