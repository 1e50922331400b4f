using System.Text.RegularExpressions;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Common;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;
using ChatPhone.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;
using static ChatPhone.IntegrationTests.Infrastructure.BotFactory;

namespace ChatPhone.IntegrationTests.Bot;

/// <summary>
/// Whole French conversations through /api/messages: what a French admin reads (reply text, card texts and facts, never
/// button payloads) holds no C# enum name and none of the English values the trial found in French replies.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class FrenchRepliesConversationTests(RedisServerFixture redis) : BotConversation(redis)
{
    private const string Lucas = "00000000-0000-4000-8000-000000000006";
    private const string Chloe = "00000000-0000-4000-8000-000000000007";

    // The enums whose values people read; E5, E3 and E1 are product names and stay as they are.
    private static readonly Type[] ShownEnums =
    [
        typeof(NumberType), typeof(Sku), typeof(RoutingMethod), typeof(QuotaKind), typeof(ResourceAccountKind), typeof(DialInKind),
        typeof(AssignmentTarget), typeof(SetupStepKind), typeof(StepStatus), typeof(OverflowActionKind), typeof(TimeoutActionKind),
        typeof(NoAgentActionKind), typeof(PstnAssignmentStatus),
    ];

    // … and the French the trial found wrong: "(s)" plurals and a plural after 1.
    private static readonly string[] EnglishValues =
    [
        "Conference Bridge", "New user numbers request form", "Standard Time", "PHONESYSTEM_VIRTUALUSER", "— Default",
        "quota de numéros user", "(s)", "1 étapes", "étape terminées", "1 numéros", "numéro réservés",
    ];

    // Texts people read in a card; "value" only inside a fact (a choice's value is a payload, not text).
    private static readonly HashSet<string> ReadProperties = ["text", "title", "label", "placeholder", "altText", "fallbackText", "errorMessage", "speak"];

    [Fact]
    public async Task FrenchConversations_ShowNoEnumNameNorEnglishValue()
    {
        await LicenseAsync(Lucas, Chloe);
        var address = await Phone.Emergency.AddAddressAsync(new AddAddress(Admin, IdempotencyKey.New(),
            new AddressFields("Contoso France", "FR", "10", StreetName: "rue de Rivoli", City: "Paris", PostalCode: "75001")));
        Assert.True(address.IsSuccess, address.IsSuccess ? null : address.Error.Code);
        var conversations = new (string Conversation, string Text, bool Confirm)[]
        {
            ("fr-search", "cherche deux numéros à Paris", false),
            ("fr-search", "cherche 11 numéros à Paris", false),
            ("fr-search-queue", "cherche un numéro pour la file d'attente à Paris", false),
            ("fr-search-queue", "cherche 6 numéros pour la file d'attente à Paris", false),
            ("fr-search-toll-free", "cherche deux numéros gratuits pour la file d'attente en France", false),
            ("fr-request", "demande 3 numéros à Lyon", true),
            ("fr-buy", "achète 5 licences Phone System", true),
            ("fr-buy-one", "achète 1 licence Audioconférence", true),
            ("fr-quotas", "affiche les quotas", false),
            ("fr-queue", "crée une file d’attente Ventes, en tourniquet, agents Lucas et Chloé", true),
            ("fr-attendant", "crée un standard automatique Accueil, ouvert de 9 h à 17 h du lundi au vendredi", false),
            ("fr-conferencing", "configure l'audioconférence", false),
            ("fr-checklist", "configurer le système téléphonique", false),
        };

        var problems = new List<string>();
        foreach (var (conversation, text, confirm) in conversations)
        {
            var replies = await SendAsync(Client, Message(Camille, text, conversation, locale: "fr-FR"));
            var read = Read(replies);
            if (confirm && replies.Any(r => r.ToString().Contains("plan.confirm", StringComparison.Ordinal)))
            {
                read += "\n" + Read(await SendAsync(Client, Invoke(Camille, ConfirmData(replies), conversation, "fr-FR")));
            }

            Assert.False(string.IsNullOrWhiteSpace(read), $"“{text}” got no reply.");
            problems.AddRange(Problems(read).Select(p => $"“{text}”: {p}\n  {read.ReplaceLineEndings(" ")}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task BuyingOneLicense_InFrench_ReadsInTheSingular()
    {
        var plan = await SendAsync(Client, Message(Camille, "achète 1 licence Audioconférence", "fr-buy-singular", locale: "fr-FR"));
        var done = Read(await SendAsync(Client, Invoke(Camille, ConfirmData(plan), "fr-buy-singular", "fr-FR")));

        Assert.Contains("1 au total", done, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", done, StringComparison.Ordinal);
    }

    /// <summary>The C# names and English values found in <paramref name="read"/>.</summary>
    private static IEnumerable<string> Problems(string read)
    {
        foreach (var member in ShownEnums.SelectMany(t => Enum.GetNames(t).Select(n => (Type: t.Name, Name: n))))
        {
            if (member.Name is not (nameof(Sku.E5) or nameof(Sku.E3) or nameof(Sku.E1))
                && Regex.IsMatch(read, $@"(?<![\p{{L}}\d_]){member.Name}(?![\p{{L}}\d_])"))
            {
                yield return $"{member.Type}.{member.Name}";
            }
        }

        // A value that starts with a word or a number is not matched inside a longer one: "11 numéros" is not "1 numéros".
        foreach (var value in EnglishValues.Where(v => Regex.IsMatch(read, (char.IsLetterOrDigit(v[0]) ? @"(?<![\p{L}\d])" : string.Empty) + Regex.Escape(v))))
        {
            yield return value;
        }
    }

    /// <summary>What a person reads in <paramref name="replies"/>: message text and the texts of every card.</summary>
    private static string Read(IEnumerable<JObject> replies) =>
        string.Join("\n", replies.SelectMany(r => new[] { (string?)r["text"] }
            .Concat(CardTexts(r["attachments"]))
            .Concat((string?)r["type"] == "invokeResponse" ? CardTexts(r["value"]) : []))
            .Where(t => !string.IsNullOrWhiteSpace(t)));

    private static IEnumerable<string?> CardTexts(JToken? token) =>
        (token as JContainer)?.Descendants().OfType<JProperty>()
            .Where(p => p.Value.Type == JTokenType.String
                && (ReadProperties.Contains(p.Name) || p.Name == "value" && p.Parent?.Parent?.Parent is JProperty { Name: "facts" }))
            .Select(p => (string?)p.Value)
        ?? [];

    private async Task LicenseAsync(params string[] people)
    {
        var bought = await Phone.Licensing.PurchaseAsync(new PurchaseLicenses(Admin, IdempotencyKey.New(), Sku.PhoneSystem, people.Length));
        Assert.True(bought.IsSuccess, bought.IsSuccess ? null : bought.Error.Code);
        foreach (var person in people)
        {
            var assigned = await Phone.Licensing.AssignAsync(new AssignLicenses(Admin, IdempotencyKey.New(), UserId.Parse(person), [Sku.PhoneSystem]));
            Assert.True(assigned.IsSuccess, assigned.IsSuccess ? null : assigned.Error.Code);
        }
    }
}
