using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// Sentences that carry a whole call flow: creating an attendant stays a creation however long the sentence (with its name
/// and hours read), and a change that speaks of menu keys changes an auto attendant even when a key's target is a queue.
/// </summary>
public sealed class AutoAttendantCallFlowUtteranceTests
{
    public static TheoryData<string, string, string, string> Creations => new()
    {
        { "create an auto attendant Front desk open 8 to 5 Monday to Friday, greeting 'Hello and welcome', press 1 for the Billing queue, 2 for Lee and 0 for the operator, after hours send calls to +1 206 555 0142", "en-US", "Front desk", "08:00" },
        { "crée un standard automatique Standard Paris ouvert de 8h à 17h du lundi au vendredi, message d’accueil « Bonjour », touche 1 pour la file Facturation, 2 pour le support, en dehors des horaires, transférer vers le +33 1 84 88 00 00", "fr-FR", "Standard Paris", "08:00" },
        { "cree un standard automatique Siege ouvert de 9h a 18h, message \"Bienvenue\", appuyez sur 0 pour l'accueil", "fr-FR", "Siege", "09:00" },
    };

    public static TheoryData<string, string> MenuChanges => new()
    {
        { "change the menu of Front desk: press 3 for the Support queue", "en-US" },
        { "modifie le menu du standard Siège : touche 3 pour la file Support", "fr-FR" },
        { "edit the menu of Front desk", "en-US" },
        { "change le menu de Siège", "fr-FR" },
        { "change the menu of Reception: press 2 for Bo Boss, operator is Bo Boss and 0 for the operator, let callers dial by name", "en-US" },
        { "modifie le menu du standard Reception : touche 2 pour Bo Boss, le standardiste est Bo Boss, touche 0 pour le standardiste, composition par nom", "fr-FR" },
    };

    [Theory]
    [MemberData(nameof(Creations))]
    public void ALongCreationSentence_CreatesAnAttendant_WithItsNameAndHours(string text, string locale, string name, string open)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, locale);

        Assert.Equal(IntentKind.CreateAutoAttendant, intent.Kind);
        Assert.Equal(name, intent.Slots.GetValueOrDefault(SlotNames.Name));
        Assert.Equal(open, intent.Slots.GetValueOrDefault(SlotNames.Open));
    }

    [Theory]
    [MemberData(nameof(MenuChanges))]
    public void AMenuChange_ChangesAnAutoAttendant(string text, string locale)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, locale);

        Assert.Equal(IntentKind.ChangeObject, intent.Kind);
        Assert.Equal("AutoAttendant", intent.Slots.GetValueOrDefault(SlotNames.ObjectKind));
    }
}
