using ChatPhone.Bot.Flows.Audit;
using ChatPhone.Bot.Recognition;
using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Tenants;
using ChatPhone.UnitTests.Bot.Recognition;
using Moq;

namespace ChatPhone.UnitTests.Bot.Flows.Audit;

public sealed class UndoSuggestionsTests
{
    private static readonly TenantId Tenant = TenantId.Parse("contoso");
    private static readonly Actor Admin = new(Tenant, "id-megan", "Megan", Role.Admin);
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly UndoSuggestions _suggestions;

    public UndoSuggestionsTests()
    {
        var directory = new Mock<IDirectoryStore>();
        directory.Setup(d => d.FindAsync(Tenant, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TenantId _, string id, CancellationToken _) => id == "id-oliver"
                ? new Person("id-oliver", "oliver@contoso.com", "Oliver Smith", "US", "", Role.User)
                : new Error("directory.person_not_found", id));
        _suggestions = new UndoSuggestions(directory.Object);
    }

    [Fact]
    public async Task ALicenseAssignment_IsReversedByRemovingWhatWasAdded_AndTheSentenceIsARemoval()
    {
        var change = Entries("license.assign",
            ("licenses:id-oliver", """{"userId":"id-oliver","usageLocation":"US","skus":["PhoneSystem"]}""",
                """{"userId":"id-oliver","usageLocation":"US","skus":["PhoneSystem","DomesticCallingPlan"]}"""),
            ("subscriptions:DomesticCallingPlan", null, """{"sku":"DomesticCallingPlan","purchased":10,"consumed":1}"""));

        var sentence = await _suggestions.ForAsync(Admin, change, Language.English, CancellationToken.None);
        var intent = RecognizerFixture.Recognizer.Recognize(sentence, null);

        Assert.Equal("remove Domestic Calling Plan (MCOPSTN1) from oliver@contoso.com", sentence);
        Assert.Equal(IntentKind.RemoveLicense, intent.Kind);
        Assert.Equal("person=oliver@contoso.com; sku=DomesticCallingPlan", RecognizerFixture.Describe(intent.Slots));
    }

    [Fact]
    public async Task ALicenseRemoval_IsReversedByGivingItBack_InFrench()
    {
        var change = Entries("license.remove",
            ("licenses:id-oliver", """{"userId":"id-oliver","usageLocation":"US","skus":["PhoneSystem","DomesticCallingPlan"]}""",
                """{"userId":"id-oliver","usageLocation":"US","skus":["PhoneSystem"]}"""));

        var sentence = await _suggestions.ForAsync(Admin, change, Language.French, CancellationToken.None);

        Assert.Equal("attribue Forfait d’appels nationaux (MCOPSTN1) à oliver@contoso.com", sentence);
        Assert.Equal(IntentKind.AssignLicense, RecognizerFixture.Recognizer.Recognize(sentence, "fr-FR").Kind);
    }

    [Fact]
    public async Task ANumberAssignment_IsReversedByUnassigningTheNumber()
    {
        var change = Entries("number.assign",
            ("user-numbers:id-oliver", null, "[]"),
            ("numbers:+12065550100", """{"number":"+12065550100"}""", """{"number":"+12065550100"}"""));

        var sentence = await _suggestions.ForAsync(Admin, change, Language.English, CancellationToken.None);

        Assert.Equal("unassign +12065550100", sentence);
        Assert.Equal(IntentKind.UnassignNumber, RecognizerFixture.Recognizer.Recognize(sentence, null).Kind);
    }

    [Theory]
    [InlineData("license.purchase")]
    [InlineData("tenant.profile.set")]
    public async Task AChangeWithoutAReverseCommand_HasNoSentence(string action)
    {
        var change = Entries(action, ("subscriptions:PhoneSystem", null, """{"sku":"PhoneSystem","purchased":10,"consumed":0}"""));

        Assert.Null(await _suggestions.ForAsync(Admin, change, Language.English, CancellationToken.None));
    }

    private static AuditEntry[] Entries(string action, params (string Target, string? Before, string? After)[] documents) =>
        documents.Select(d => Audits.Applied(Admin, At, action, d.Target, d.Before, d.After)).ToArray();
}
