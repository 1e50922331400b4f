using ChatPhone.Core.Numbers;
using ChatPhone.Core.Setup;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot.VoiceApps;

/// <summary>
/// The whole of steps 7–9 by chat alone, through <c>POST /api/messages</c>, in English and in French: licenses bought
/// and given to agents, two queues with overflow and timeout, their resource accounts, an attendant with business
/// hours, after hours, a holiday and a three-key menu into the queues, its resource account, a service number searched,
/// acquired and assigned to it; then calls simulated on a weekday (each key), on a Sunday night and on the holiday,
/// asked as follow-ups of the first call; then a resource account unlinked on purpose, which the next call and the
/// checklist show as a dead end.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class VoiceAppsJourneyConversationTests(RedisServerFixture redis) : OwnTenantConversation(redis)
{
    private const string Boss = "00000000-0000-4000-8000-0000000000c1";

    public static TheoryData<Journey> Journeys => new()
    {
        new Journey(
            "en-US",
            Buy: "buy 10 Teams Phone licenses and 5 resource account licenses",
            License: "assign Teams Phone to Ana Lopez, Ben Carter and Bo Boss",
            FirstQueue: "create a call queue Sales, round robin, agents Ana and Ben, greeting 'Thanks for calling Sales', when more than 10 calls wait send them to the voicemail of Bo Boss, after 5 minutes transfer to +1 206 555 0100",
            SecondQueue: "create a call queue Support with agent Bo Boss, longest idle, disconnect when more than 5 calls wait, after 120 seconds send calls to the voicemail of Bo Boss",
            FirstAccount: "create a resource account for the call queue Sales",
            SecondAccount: "create a resource account for the call queue Support",
            Attendant: "create an auto attendant Main line open 9 to 6 Monday to Friday, greeting 'Welcome to Contoso', press 1 for the Sales queue, 2 for Support and 0 for the operator, operator is Bo Boss, after hours say 'We are closed' and transfer to Bo Boss",
            Holiday: "add a holiday Christmas on December 25 to the Main line auto attendant: say 'Merry Christmas' and hang up",
            AttendantAccount: "create a resource account for the auto attendant Main line",
            Search: "find 1 auto attendant number in Seattle",
            Assign: "assign {0} to the auto attendant Main line",
            Call: "what happens when someone calls {0} on Wednesday at 10:30?",
            PressOne: "press 1",
            PressTwo: "and if I press 2?",
            PressZero: "press 0",
            SundayNight: "and on Sunday at 11pm?",
            OnHoliday: "what about December 25 at 10am?",
            RemoveAccount: "unlink the resource account Support",
            Expected: new Said(
                Waits: "The menu waits for a key: 0: Bo Boss, 1: call queue Sales, 2: call queue Support.",
                Greeting: "“Welcome to Contoso”",
                Sales: "✅ The call reaches someone: Ana Lopez, Ben Carter. If nobody answers within 5 min: +12065550100. When more than 10 calls are waiting: voicemail of Bo Boss.",
                Support: "✅ The call reaches someone: Bo Boss. If nobody answers within 2 min: voicemail of Bo Boss. When more than 5 calls are waiting: hang up.",
                Operator: "The caller presses 0. Bo Boss’s phone rings.",
                AfterHours: "It is outside business hours. The “After hours” call flow plays. 🔊 The caller hears: “We are closed”.",
                Holiday: "It is the holiday “Christmas”.",
                HolidayEnd: "⚠ Dead end: the call is hung up without reaching anyone.",
                DeadEnd: "⛔ Dead end")),
        new Journey(
            "fr-FR",
            Buy: "achète 10 licences Teams Phone et 5 licences compte de ressources",
            License: "attribue Teams Phone à Inès Moreau, Chloé Petit et Bo Boss",
            FirstQueue: "crée une file d’attente Commercial en distribution circulaire avec les agents Inès et Chloé, message d’accueil « Merci de votre appel », quand plus de 8 appels attendent, transférer vers la messagerie vocale de Bo Boss, après 4 minutes transférer vers le +33 1 84 88 00 00",
            SecondQueue: "crée une file d’attente Assistance avec l’agent Bo Boss, si plus de 5 appels attendent, raccrocher, après 90 secondes transférer vers Chloé",
            FirstAccount: "crée un compte de ressources pour la file d’attente Commercial",
            SecondAccount: "crée un compte de ressources pour la file d’attente Assistance",
            Attendant: "crée un standard automatique Accueil ouvert de 9h à 18h du lundi au vendredi, message d’accueil « Bienvenue chez Contoso », touche 1 pour la file Commercial, 2 pour la file Assistance et 0 pour le standardiste, le standardiste est Bo Boss, en dehors des horaires, dire « Nous sommes fermés » et transférer vers Bo Boss",
            Holiday: "ajoute un jour férié Jour de l’an le 1er janvier au standard Accueil : dire « Bonne année » et raccrocher",
            AttendantAccount: "crée un compte de ressources pour le standard automatique Accueil",
            Search: "trouve 1 numéro de standard automatique à Paris",
            Assign: "attribue le {0} au standard automatique Accueil",
            Call: "que se passe-t-il si on appelle le {0} mercredi à 10 h 30 ?",
            PressOne: "appuie sur 1",
            PressTwo: "et si j’appuie sur 2 ?",
            PressZero: "appuie sur la touche 0",
            SundayNight: "et dimanche à 23 h ?",
            OnHoliday: "et le 1er janvier à 10 h ?",
            RemoveAccount: "dissocie le compte de ressources Assistance",
            Expected: new Said(
                Waits: "Le menu attend une touche : 0 : Bo Boss, 1 : file d’attente Commercial, 2 : file d’attente Assistance.",
                Greeting: "« Bienvenue chez Contoso »",
                Sales: "✅ L’appel aboutit : Inès Moreau, Chloé Petit. Si personne ne répond en 4 minutes : +33184880000. Quand plus de 8 appels attendent : messagerie vocale de Bo Boss.",
                Support: "✅ L’appel aboutit : Bo Boss. Si personne ne répond en 1 min et 30 s : Chloé Petit. Quand plus de 5 appels attendent : raccrocher.",
                Operator: "L’appelant appuie sur 0.",
                AfterHours: "C’est en dehors des heures d’ouverture.",
                Holiday: "C’est le jour de fermeture « Jour de l'an ».",
                HolidayEnd: "⚠ Impasse",
                DeadEnd: "⛔ Impasse")),
    };

    protected override Task ArrangeAsync() =>
        TenantSeed.PeopleAsync(Factory.Services, Tenant,
            (Boss, "bo.boss@fabrikam.com", "Bo Boss", "US", "admin"),
            ("00000000-0000-4000-8000-0000000000c2", "ana.lopez@fabrikam.com", "Ana Lopez", "US", "user"),
            ("00000000-0000-4000-8000-0000000000c3", "ben.carter@fabrikam.com", "Ben Carter", "US", "user"),
            ("00000000-0000-4000-8000-0000000000c4", "ines.moreau@fabrikam.com", "Inès Moreau", "FR", "user"),
            ("00000000-0000-4000-8000-0000000000c5", "chloe.petit@fabrikam.com", "Chloé Petit", "FR", "user"));

    [Theory]
    [MemberData(nameof(Journeys))]
    public async Task StepsSevenToNine_BuiltByChatAlone_AnswerEveryCallAsConfigured(Journey journey)
    {
        var locale = journey.Locale;
        foreach (var sentence in new[]
        {
            journey.Buy, journey.License, journey.FirstQueue, journey.SecondQueue, journey.FirstAccount, journey.SecondAccount,
            journey.Attendant, journey.Holiday, journey.AttendantAccount,
        })
        {
            await PlanAndConfirmAsync(sentence, journey);
        }

        var search = await SayAsync(Boss, journey.Search, locale);
        var number = (string)CardOf(search).SelectTokens("$..choices[*].value").First()!;
        var acquire = (JObject)ActionData(search, "numbers.acquire").DeepClone();
        acquire["numbers"] = number;
        await SendAsync(Client, InTenant(Invoke(Boss, acquire, locale: locale)));
        await PlanAndConfirmAsync(string.Format(journey.Assign, number), journey);

        var weekday = Shown(await SayAsync(Boss, string.Format(journey.Call, number), locale));
        var sales = Shown(await SayAsync(Boss, journey.PressOne, locale));
        var support = Shown(await SayAsync(Boss, journey.PressTwo, locale));
        var toOperator = Shown(await SayAsync(Boss, journey.PressZero, locale));
        var sundayNight = Shown(await SayAsync(Boss, journey.SundayNight, locale));
        var holiday = Shown(await SayAsync(Boss, journey.OnHoliday, locale));

        var said = journey.Expected;
        Assert.Contains(number, weekday, StringComparison.Ordinal);
        Assert.Contains(said.Greeting, weekday, StringComparison.Ordinal);
        Assert.Contains(said.Waits, weekday, StringComparison.Ordinal);
        Assert.Contains(said.Sales, sales, StringComparison.Ordinal);
        Assert.Contains(said.Support, support, StringComparison.Ordinal);
        Assert.Contains(said.Operator, toOperator, StringComparison.Ordinal);
        Assert.Contains(said.AfterHours, sundayNight, StringComparison.Ordinal);
        Assert.DoesNotContain(said.Waits, sundayNight, StringComparison.Ordinal);
        Assert.Contains(said.Holiday, holiday, StringComparison.Ordinal);
        Assert.Contains(said.HolidayEnd, holiday, StringComparison.Ordinal);
        foreach (var call in new[] { weekday, sales, support, toOperator, sundayNight, holiday })
        {
            Assert.Contains("data:image/png;base64,", call, StringComparison.Ordinal);
        }

        // A dead end on purpose: the second queue's resource account is unlinked, so key 2 leads nowhere.
        await PlanAndConfirmAsync(journey.RemoveAccount, journey);
        await SayAsync(Boss, string.Format(journey.Call, number), locale);
        var broken = Shown(await SayAsync(Boss, journey.PressTwo, locale));

        Assert.Contains(said.DeadEnd, broken, StringComparison.Ordinal);
        var steps = (await Phone.Setup.ChecklistAsync(TenantSeed.Admin(Tenant))).Value;
        Assert.Equal(StepStatus.Blocked, steps.Single(s => s.Step == SetupStepKind.AutoAttendants).Status);
        var inventory = await Phone.Numbers.ListAsync(TenantSeed.Admin(Tenant), new NumberFilter());
        Assert.Contains(inventory.Value.Items, n => n.Number == number && n.Status == PstnAssignmentStatus.VoiceApplicationAssigned);
    }

    // Says the sentence, checks the bot answered with a plan, confirms it, and checks the confirm did not fail.
    private async Task PlanAndConfirmAsync(string sentence, Journey journey)
    {
        var plan = await SayAsync(Boss, sentence, journey.Locale);
        Assert.True(Shown(plan).Contains("plan.confirm", StringComparison.Ordinal), $"No plan for “{sentence}”:\n{Shown(plan)}");
        var done = Shown(await ConfirmAsync(Boss, plan, journey.Locale));
        Assert.False(done.Contains("plan.confirm", StringComparison.Ordinal), $"“{sentence}” was not applied:\n{done}");
    }

    /// <summary>One language's sentences for the journey, and what the calls must say.</summary>
    public sealed record Journey(
        string Locale, string Buy, string License, string FirstQueue, string SecondQueue, string FirstAccount,
        string SecondAccount, string Attendant, string Holiday, string AttendantAccount, string Search, string Assign, string Call,
        string PressOne, string PressTwo, string PressZero, string SundayNight, string OnHoliday, string RemoveAccount, Said Expected)
    {
        /// <inheritdoc />
        public override string ToString() => Locale;
    }

    /// <summary>What the simulated calls say, in the journey's language.</summary>
    public sealed record Said(
        string Waits, string Greeting, string Sales, string Support, string Operator, string AfterHours, string Holiday, string HolidayEnd, string DeadEnd);
}
