using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Licensing;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.Objects;

/// <summary>
/// A call queue's greeting, music and exception actions through <c>POST /api/messages</c>, in English and French: created
/// by one sentence with its agents, shown in words, changed by a sentence and by the edit form (each through a plan card
/// with "old → new" and Confirm), and the refusals of the Teams rules, each with its fix.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CallQueueActionsConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Lucas = "00000000-0000-4000-8000-000000000006";
    private const string Chloe = "00000000-0000-4000-8000-000000000007";

    [Fact]
    public async Task InEnglish_OneSentenceCreatesAQueueWithGreetingOverflowTimeoutAndAgents_AndTheCardShowsThemInWords()
    {
        await LicensePhoneSystemAsync(Alex, Sam);

        var plan = await SayAsync(Megan,
            "create a call queue Sales with greeting \"Thanks for calling Contoso\", agents Alex and Sam, when more than 10 calls wait send them to voicemail of Megan, timeout 5 minutes then forward to +33 1 23 45 67 89");
        var done = Shown(await ClickAsync(Megan, ConfirmData(plan)));
        var shown = Shown(await SayAsync(Megan, "show the Sales queue"));

        Assert.DoesNotContain("Nobody called", Shown(plan), StringComparison.Ordinal);
        foreach (var fact in new[] { "Alex Wilber, Sam Taylor", "text: “Thanks for calling Contoso”", "When more than 10 calls wait", "Send to voicemail: Megan Bowen",
            "When a call waits more than 300 seconds", "Forward: +33123456789" })
        {
            Assert.Contains(fact, Shown(plan), StringComparison.Ordinal);
        }

        Assert.Contains("Call queue “Sales” created", done, StringComparison.Ordinal);
        var queue = await CallQueueAsync("Sales");
        Assert.Equal([Alex, Sam], queue.Settings.Users.Order());
        Assert.Equal("Thanks for calling Contoso", queue.Settings.Greeting?.TextToSpeech);
        Assert.Equal(10, queue.Settings.OverflowThreshold);
        Assert.Equal(new QueueAction<OverflowActionKind>(OverflowActionKind.Voicemail, Megan), queue.Settings.Overflow);
        Assert.Equal(300, queue.Settings.TimeoutThreshold);
        Assert.Equal(new QueueAction<TimeoutActionKind>(TimeoutActionKind.Forward, "tel:+33123456789"), queue.Settings.Timeout);
        Assert.Contains("after 10 calls: Send to voicemail: Megan Bowen", shown, StringComparison.Ordinal);
        Assert.Contains("after 300 seconds: Forward: +33123456789", shown, StringComparison.Ordinal);
        Assert.Contains("text: “Thanks for calling Contoso”", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InFrench_OneSentenceCreatesAQueueOverflowingToAnotherQueueThroughItsResourceAccount()
    {
        await LicensePhoneSystemAsync(Lucas, Chloe);
        await CreateCallQueueAsync("Support");
        await BuyAsync(Sku.ResourceAccount, 1);
        await ClickAsync(Megan, ConfirmData(await SayAsync(Megan, "create a resource account Support for the call queue")));
        var account = Assert.Single((await Phone.ResourceAccounts.ListAsync(Admin)).Value);

        var plan = await SayAsync(Camille,
            "crée une file d’attente Ventes avec le message d’accueil « Merci de votre appel », les agents Lucas et Chloé, débordement après 5 appels vers la file Support, au bout de 3 minutes raccrocher",
            "fr-FR");
        var done = Shown(await ClickAsync(Camille, ConfirmData(plan), "fr-FR"));
        var shown = Shown(await SayAsync(Camille, "montre la file d'attente Ventes", "fr-FR"));

        Assert.Contains("Transférer : file d’attente « Support »", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Lucas Bernard, Chloé Dubois", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Merci de votre appel", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("« Ventes »", done, StringComparison.Ordinal);
        var queue = await CallQueueAsync("Ventes");
        Assert.Equal(new QueueAction<OverflowActionKind>(OverflowActionKind.Forward, account.Id), queue.Settings.Overflow);
        Assert.Equal(5, queue.Settings.OverflowThreshold);
        Assert.Equal((180, TimeoutActionKind.Disconnect), (queue.Settings.TimeoutThreshold, queue.Settings.Timeout.Kind));
        Assert.Equal([Lucas, Chloe], queue.Settings.Users.Order());
        Assert.Contains("file d’attente « Support »", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "when no agent is available in the Sales queue, send new calls to voicemail of Sam", "Keep the call in the queue → Send to voicemail: Sam Taylor", "all calls → new calls only")]
    [InlineData("fr-FR", "sans agent dans la file Sales, transférer vers la messagerie de Sam pour les nouveaux appels", "Garder l’appel dans la file → Envoyer vers la messagerie vocale : Sam Taylor", "tous les appels → nouveaux appels seulement")]
    public async Task ChangingTheNoAgentActionBySentence_PlansOldToNewInWords_ThenApplies(string locale, string text, string change, string applyTo)
    {
        await LicensePhoneSystemAsync(Sam);
        await CreateCallQueueAsync("Sales", Sam);

        var plan = await SayAsync(Megan, text, locale);
        await ClickAsync(Megan, ConfirmData(plan), locale);

        Assert.Contains(change, Shown(plan), StringComparison.Ordinal);
        Assert.Contains(applyTo, Shown(plan), StringComparison.Ordinal);
        var queue = await CallQueueAsync("Sales");
        Assert.Equal(new QueueAction<NoAgentActionKind>(NoAgentActionKind.Voicemail, Sam), queue.Settings.NoAgent);
        Assert.Equal(NoAgentApplyTo.NewCalls, queue.Settings.NoAgentApplyTo);
    }

    [Fact]
    public async Task SeveralChangesInOneSentence_GreetingMusicConferenceAndOverflow_AreOnePlan()
    {
        await CreateCallQueueAsync("Sales");

        var plan = await SayAsync(Megan, "change the Sales queue: greeting “Welcome to Contoso”, turn off conference mode, overflow after 20 calls to +1 206 555 0100");
        await ClickAsync(Megan, ConfirmData(plan));

        Assert.Contains("none → text: “Welcome to Contoso”", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("On → Off", Shown(plan), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("50 calls → 20 calls", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Disconnect (busy tone) → Forward: +12065550100", Shown(plan), StringComparison.Ordinal);
        var settings = (await CallQueueAsync("Sales")).Settings;
        Assert.Equal(("Welcome to Contoso", false, 20), (settings.Greeting?.TextToSpeech, settings.ConferenceMode, settings.OverflowThreshold));
        Assert.Equal(new QueueAction<OverflowActionKind>(OverflowActionKind.Forward, "tel:+12065550100"), settings.Overflow);
    }

    [Theory]
    [InlineData("en-US", "Forward: +12065550100", "Voicemail")]
    [InlineData("fr-FR", "Transférer : +12065550100", "Voicemail")]
    public async Task TheEditForm_ChangesTheActionsAndGreeting_ThroughTheSamePlanner(string locale, string overflow, string timeoutVerb)
    {
        await LicensePhoneSystemAsync(Sam);
        await CreateCallQueueAsync("Sales", Sam);
        var user = locale == "fr-FR" ? Camille : Megan;

        var shown = await SayAsync(user, locale == "fr-FR" ? "montre la file d'attente Sales" : "show the Sales queue", locale);
        var form = await ClickAsync(user, ObjectButton(shown, "ChangeObject"), locale);
        var card = CardOf(form);
        var data = WithInputs(card, (JObject)card.SelectTokens("$..data").OfType<JObject>().First(d => (string?)d["verb"] == "callqueue.edit"));
        data["cqOverflowAction"] = "Forward";
        data["cqOverflowTarget"] = "+1 206 555 0100";
        data["cqTimeoutAction"] = timeoutVerb;
        data["cqTimeoutTarget"] = "Sam";
        data["cqGreeting"] = "Hello";
        var plan = await ClickAsync(user, data, locale);
        await ClickAsync(user, ConfirmData(plan), locale);

        Assert.Equal("Disconnect", (string?)card.SelectTokens("$..[?(@.id == 'cqOverflowAction')]").First()["value"]);
        Assert.Contains(overflow, Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Sam Taylor", Shown(plan), StringComparison.Ordinal);
        var settings = (await CallQueueAsync("Sales")).Settings;
        Assert.Equal(new QueueAction<OverflowActionKind>(OverflowActionKind.Forward, "tel:+12065550100"), settings.Overflow);
        Assert.Equal(new QueueAction<TimeoutActionKind>(TimeoutActionKind.Voicemail, Sam), settings.Timeout);
        Assert.Equal("Hello", settings.Greeting?.TextToSpeech);
    }

    [Theory]
    [InlineData("en-US", "set the Sales queue overflow to keep calls in the queue", "only the no-agent action can")]
    [InlineData("fr-FR", "passe le débordement de la file Sales à garder les appels en file", "seule l’action en l’absence d’agent le peut")]
    [InlineData("en-US", "change the overflow of the Sales queue to voicemail", "which needs a person")]
    [InlineData("fr-FR", "passe le débordement de la file Sales vers la messagerie", "doit être celle d’une personne")]
    [InlineData("en-US", "set the Sales queue greeting file welcome.mp3", "No imported audio file is called “welcome.mp3”")]
    [InlineData("fr-FR", "mets le message d'accueil de la file Sales à bienvenue.mp3", "Aucun fichier audio importé ne s’appelle « bienvenue.mp3 »")]
    [InlineData("en-US", "set the Sales queue timeout to shared voicemail 0b1c2d3e-aaaa-4bbb-8ccc-0123456789ab “Leave a message”", "needs the queue’s prompt language")]
    [InlineData("en-US", "set the Sales queue timeout to shared voicemail 0b1c2d3e-aaaa-4bbb-8ccc-0123456789ab", "needs a greeting in quotes")]
    [InlineData("en-US", "overflow of the Sales queue to the Support queue", "has none. Create one first")]
    [InlineData("fr-FR", "débordement de la file Sales vers la file Support", "n’en a pas. Créez-en un d’abord")]
    [InlineData("en-US", "overflow of the Sales queue to the Marketing queue", "There is no call queue named “Marketing”")]
    [InlineData("en-US", "overflow of the Sales queue to Zorro", "Zorro")]
    [InlineData("en-US", "set the overflow threshold of the Sales queue to 201 calls", "between 0 and 200 calls")]
    [InlineData("fr-FR", "passe le délai d'attente de la file Sales à 2701 secondes", "compris entre 0 et 2700 s")]
    public async Task ARuleBrokenByASentence_IsRefusedWithItsFix_AndNothingIsPlanned(string locale, string text, string refusal)
    {
        await CreateCallQueueAsync("Sales");
        await CreateCallQueueAsync("Support");

        var replies = Shown(await SayAsync(Megan, text, locale));

        Assert.Contains(refusal, replies, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", replies, StringComparison.Ordinal);
        Assert.Equal(OverflowActionKind.DisconnectWithBusy, (await CallQueueAsync("Sales")).Settings.Overflow.Kind);
    }

    [Theory]
    [InlineData("en-US", "create a queue Support, no agent: keep them in the queue, music on hold default", "Support")]
    [InlineData("fr-FR", "crée une file Assistance, sans agent raccrocher", "Assistance")]
    public async Task AShortCreationSentence_NamesTheQueueAfterItsWord_AndPlansIt(string locale, string text, string name)
    {
        var plan = await SayAsync(Megan, text, locale);
        await ClickAsync(Megan, ConfirmData(plan), locale);

        Assert.Contains(name, Shown(plan), StringComparison.Ordinal);
        Assert.Equal(name, (await CallQueueAsync(name)).Name);
    }

    [Fact]
    public async Task ATimeoutIsRoundedTo15Seconds_AndThePlanSaysSo()
    {
        await CreateCallQueueAsync("Sales");

        var plan = Shown(await SayAsync(Megan, "set the timeout of the Sales queue to 47 seconds"));

        Assert.Contains("1200 seconds → 45 seconds", plan, StringComparison.Ordinal);
        Assert.Contains("rounded to 45 s", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAgentsToTheFileDAttente_InFrench_EditsTheQueue_NamingWhoIsUnknownOrAlreadyThere()
    {
        await LicensePhoneSystemAsync(Lucas, Chloe);
        await CreateCallQueueAsync("Ventes", Lucas);

        var unknown = Shown(await SayAsync(Camille, "ajoute Chloé et Inès à la file d’attente Ventes", "fr-FR"));
        var plan = await SayAsync(Camille, "ajoute Lucas et Chloé à la file d’attente Ventes", "fr-FR");
        await ClickAsync(Camille, ConfirmData(plan), "fr-FR");
        var removal = await SayAsync(Camille, "retire Lucas de la file d’attente Ventes", "fr-FR");
        await ClickAsync(Camille, ConfirmData(removal), "fr-FR");

        Assert.Contains("Inès", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("existe déjà", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("plan.confirm", unknown, StringComparison.Ordinal);
        Assert.Contains("Ajouter des agents à la file d’attente « Ventes »", Shown(plan), StringComparison.Ordinal);
        Assert.Contains("Lucas Bernard", Shown(plan), StringComparison.Ordinal);
        Assert.Equal([Chloe], (await CallQueueAsync("Ventes")).Settings.Users);
    }

    private static JObject ObjectButton(IReadOnlyList<JObject> replies, string intent) =>
        replies.SelectMany(r => r["attachments"]?.Children<JObject>() ?? []).Select(a => (JObject)a["content"]!)
            .SelectMany(c => c.SelectTokens("$..data").OfType<JObject>())
            .First(d => (string?)d["verb"] == "object.act" && (string?)d["intent"] == intent);

    private Task<IReadOnlyList<JObject>> SayAsync(string user, string text, string locale = "en-US") =>
        SendAsync(Client, Message(user, text, "cq-actions", locale: locale));

    private Task<IReadOnlyList<JObject>> ClickAsync(string user, JObject data, string locale = "en-US") =>
        SendAsync(Client, Invoke(user, data, "cq-actions", locale));

    private async Task BuyAsync(Sku sku, int quantity) =>
        Assert.True((await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), sku, quantity))).IsSuccess);
}
