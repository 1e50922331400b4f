using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>
/// Resource accounts by the generic list/show/change/remove intents (sentences of this test, not of the corpus), and the
/// free Teams Phone Resource Account license read as itself, never as Teams Phone Standard (issue 17, item 5).
/// </summary>
public sealed class ResourceAccountUtteranceTests
{
    public static TheoryData<string, IntentKind> ObjectSentences => new()
    {
        { "list the resource accounts", IntentKind.ListObjects },
        { "what resource accounts are there", IntentKind.ListObjects },
        { "liste les comptes de ressources", IntentKind.ListObjects },
        { "quels comptes de ressources avons-nous ?", IntentKind.ListObjects },
        { "show the resource account cq-sales", IntentKind.ShowObject },
        { "montre le compte de ressources cq-sales", IntentKind.ShowObject },
        { "rename the resource account cq-sales to Sales line", IntentKind.ChangeObject },
        { "renomme le compte de ressources cq-sales en Ligne ventes", IntentKind.ChangeObject },
        { "change the display name of the resource account cq-sales to Sales", IntentKind.ChangeObject },
        { "delete the resource account cq-sales", IntentKind.RemoveObject },
        { "supprime le compte de ressources cq-sales", IntentKind.RemoveObject },
        { "link the resource account Sales to the call queue Sales", IntentKind.ChangeObject },
        { "associate resource account cq-support with the Support queue", IntentKind.ChangeObject },
        { "relie le compte de ressources Accueil au standard automatique Accueil", IntentKind.ChangeObject },
        { "dissocie le compte de ressources cq-ventes de sa file", IntentKind.ChangeObject },
        { "unlink the resource account aa-main", IntentKind.ChangeObject },
    };

    [Theory]
    [MemberData(nameof(ObjectSentences))]
    public void ResourceAccountSentence_IsTheGenericIntent_OnTheResourceAccountKind(string text, IntentKind kind)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(kind, intent.Kind);
        Assert.Equal(nameof(ObjectKind.ResourceAccount), intent.Slots.GetValueOrDefault(SlotNames.ObjectKind));
    }

    // Read alone, "Teams Phone" / "Phone System" is Teams Phone Standard: each of these bought MCOEV before.
    [Theory]
    [InlineData("achète 5 licences Compte de ressources Teams Phone")]
    [InlineData("buy 5 Phone System - Virtual User licenses")]
    [InlineData("achète 5 licences Teams Phone pour les comptes de ressources")]
    [InlineData("buy 5 Teams Phone Resource Account licences")]
    [InlineData("buy 5 Teams Phone Resource Account licenses")]
    [InlineData("achète 5 licences de compte de ressources")]
    public void BuyingTheResourceAccountLicense_ReadsTheResourceAccountSku_NotPhoneSystem(string text)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(IntentKind.BuyLicenses, intent.Kind);
        Assert.Equal("quantity=5; sku=ResourceAccount", RecognizerFixture.Describe(intent.Slots));
    }

    [Theory]
    [InlineData("buy 10 Teams Phone licenses", "PhoneSystem")]
    [InlineData("achète 10 licences Phone System", "PhoneSystem")]
    public void TeamsPhoneAlone_StillReadsPhoneSystem(string text, string sku)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(sku, intent.Slots.GetValueOrDefault(SlotNames.Sku));
    }
}
