using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>Emergency addresses and locations as objects, and the two emergency location intents, in sentences of our own.</summary>
public sealed class EmergencyObjectUtteranceTests
{
    public static TheoryData<string, IntentKind, string?> GenericSentences => new()
    {
        { "show me the emergency address Fabrikam Denver", IntentKind.ShowObject, "EmergencyAddress" },
        { "montre-moi l'adresse d'urgence Fabrikam Nantes", IntentKind.ShowObject, "EmergencyAddress" },
        { "change the postal code of the address Fabrikam Denver to 80203", IntentKind.ChangeObject, "EmergencyAddress" },
        { "supprime l'adresse d'urgence Fabrikam Nantes", IntentKind.RemoveObject, "EmergencyAddress" },
        { "which locations does Fabrikam Denver have", IntentKind.ListObjects, "EmergencyLocation" },
        { "rename the location mezzanine of Fabrikam Denver to 2nd floor", IntentKind.ChangeObject, "EmergencyLocation" },
        { "supprime l'emplacement mezzanine", IntentKind.RemoveObject, "EmergencyLocation" },
    };

    [Theory]
    [MemberData(nameof(GenericSentences))]
    public void ObjectSentence_IsTheGenericIntent_WithTheEmergencyKind(string text, IntentKind kind, string? objectKind)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(kind, intent.Kind);
        Assert.Equal(objectKind, intent.Slots.GetValueOrDefault(SlotNames.ObjectKind));
    }

    [Theory]
    [InlineData("add a location mezzanine to Fabrikam Denver")]
    [InlineData("ajoute l'emplacement Aile Nord à l'adresse Fabrikam Nantes")]
    public void AddingALocation_IsAddEmergencyLocation(string text)
    {
        Assert.Equal(IntentKind.AddEmergencyLocation, RecognizerFixture.Recognizer.Recognize(text, null).Kind);
    }

    [Theory]
    [InlineData("set Oliver's emergency address to Fabrikam Denver", null)]
    [InlineData("mets l'adresse d'urgence de Chloé sur Fabrikam Nantes", null)]
    [InlineData("use the mezzanine location for +1 303 555 0100", "+13035550100")]
    public void SettingAnEmergencyLocation_IsSetEmergencyLocation_WithTheNumberNamed(string text, string? number)
    {
        // Who is meant is found by the flow among the directory's people (the sentence's names), so only the number is a slot.
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(IntentKind.SetEmergencyLocation, intent.Kind);
        if (number is not null)
        {
            Assert.Equal(number, intent.Slots.GetValueOrDefault(SlotNames.PhoneNumber));
        }
    }
}
