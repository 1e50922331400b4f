using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

/// <summary>Removing a license and undo, with their slots, until the trained classifier recognises them.</summary>
public sealed class RemovalUtteranceTests
{
    public static TheoryData<string, IntentKind, string> Utterances => new()
    {
        { "retire le forfait d'appels à Oliver", IntentKind.RemoveLicense, "person=Oliver; sku=DomesticCallingPlan" },
        { "remove the calling plan from Oliver", IntentKind.RemoveLicense, "person=Oliver; sku=DomesticCallingPlan" },
        { "remove Phone System and the calling plan from alex@contoso.com", IntentKind.RemoveLicense, "person=alex@contoso.com; skus=PhoneSystem,DomesticCallingPlan" },
        { "remove audio conferencing from Alex, Sam and Lucas", IntentKind.RemoveLicense, "people=Alex,Sam,Lucas; sku=AudioConferencing" },
        { "enlève le système téléphonique à Chloé Dubois et Lucas", IntentKind.RemoveLicense, "people=Chloé Dubois,Lucas; sku=PhoneSystem" },
        { "remove Domestic Calling Plan (MCOPSTN1) from oliver@fabrikam.com", IntentKind.RemoveLicense, "person=oliver@fabrikam.com; sku=DomesticCallingPlan" },
        { "remove a license from Oliver", IntentKind.RemoveLicense, "person=Oliver" },
        { "annule la dernière modification", IntentKind.Undo, "" },
        { "undo the last change", IntentKind.Undo, "" },
        { "please undo my last change", IntentKind.Undo, "" },
        { "undo", IntentKind.Undo, "" },
        { "reviens sur ma dernière modification", IntentKind.Undo, "" },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Utterance_IsRecognisedWithItsSlots(string text, IntentKind kind, string slots)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, null);

        Assert.Equal(kind, intent.Kind);
        Assert.Equal(RecognizerFixture.Describe(slots), RecognizerFixture.Describe(intent.Slots));
    }

    [Theory]
    [InlineData("remove +1 206 555 0100 from Alex", IntentKind.UnassignNumber)]
    [InlineData("retire le numéro de Lucas", IntentKind.UnassignNumber)]
    [InlineData("give alex@contoso.com a calling plan", IntentKind.AssignLicense)]
    [InlineData("annuler", IntentKind.Cancel)]
    [InlineData("cancel", IntentKind.Cancel)]
    [InlineData("who changed what yesterday", IntentKind.ShowAudit)]
    public void NeighbouringSentences_KeepTheirIntent(string text, IntentKind kind)
    {
        Assert.Equal(kind, RecognizerFixture.Recognizer.Recognize(text, null).Kind);
    }
}
