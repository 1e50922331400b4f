using ChatPhone.Core.Common;
using ChatPhone.Core.Triage;
using static ChatPhone.UnitTests.Core.Triage.TriageWorld;

namespace ChatPhone.UnitTests.Core.Triage;

public sealed class TriageTextTests
{
    private static readonly Diagnosis NoLicense = new(TriageCodes.PhoneSystemMissing, Severity.Blocking, FixOwner.Admin, [],
        new Fix(FixKind.AssignLicense, new Dictionary<string, string> { ["userId"] = Alex, ["sku"] = "PhoneSystem" }));

    private static readonly Diagnosis Activating = new(TriageCodes.NumberActivating, Severity.Blocking, FixOwner.Wait, [AlexNumber, "2026-03-11 08:00 UTC"]);

    [Fact]
    public void Describe_SpeaksToThePerson_InTheirLanguage()
    {
        Assert.Equal("You don’t have a Teams Phone license yet, so Teams can’t place or receive phone calls for you.", NoLicense.Describe(Language.English));
        Assert.StartsWith("Vous n’avez pas encore de licence Teams Phone", NoLicense.Describe(Language.French), StringComparison.Ordinal);
    }

    [Fact]
    public void NextStep_SaysWhoActs_WithTheArguments()
    {
        Assert.Equal("Nothing to do: it should work by 2026-03-11 08:00 UTC. If it still doesn’t then, sign out of Teams and back in.", Activating.NextStep(Language.English));
        Assert.Contains("d’ici le 2026-03-11 08:00 UTC", Activating.NextStep(Language.French), StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeAbout_PutsTheNameFirst_ThenTheArguments()
    {
        Assert.Equal("Alex Wilber’s number +12065550100 was assigned less than 24 hours ago; it should work by 2026-03-11 08:00 UTC.",
            Activating.DescribeAbout("Alex Wilber", Language.English));
        Assert.Equal("Le numéro +12065550100 d’Alex Wilber a été attribué il y a moins de 24 heures ; il devrait fonctionner d’ici le 2026-03-11 08:00 UTC.",
            Activating.DescribeAbout("Alex Wilber", Language.French));
    }

    [Theory]
    [InlineData(FixKind.AssignLicense, "Give Alex Wilber a Teams Phone (Phone System) license", "Attribuer une licence Teams Phone (système téléphonique) à Alex Wilber")]
    [InlineData(FixKind.AssignNumber, "Assign +12065550101 to Alex Wilber", "Attribuer le +12065550101 à Alex Wilber")]
    [InlineData(FixKind.EnableOrganizer, "Enable Alex Wilber for dial-in meetings", "Activer Alex Wilber pour les réunions avec accès téléphonique")]
    [InlineData(FixKind.AssignBridgeNumber, "Put +12065550101 on the conferencing bridge", "Ajouter le +12065550101 au pont de conférence")]
    [InlineData(FixKind.AddQueueAgent, "Add Alex Wilber to the call queue Sales", "Ajouter Alex Wilber à la file d’attente Sales")]
    public void Fix_Describe_NamesWhatTheButtonDoes(FixKind kind, string english, string french)
    {
        var fix = new Fix(kind, new Dictionary<string, string>
        {
            ["userId"] = Alex, ["sku"] = "PhoneSystem", ["number"] = FreeNumber, ["callQueueId"] = "q-sales", ["queueName"] = "Sales",
        });

        Assert.Equal((english, french), (fix.Describe("Alex Wilber", Language.English), fix.Describe("Alex Wilber", Language.French)));
    }

    [Fact]
    public void Describe_EveryCauseTheTablesFind_FormatsInBothLanguages()
    {
        var rows = new[] { DiagnoserTests.Calls, DiagnoserTests.Meetings, DiagnoserTests.Queues, DiagnoserTests.ExpectedNumbers }.SelectMany(t => t).Count();

        Assert.All(TriageCodes.All, code =>
        {
            var diagnosis = new Diagnosis(code, Severity.Blocking, FixOwner.Admin, ["a", "b", "c", "d"]);
            foreach (var language in new[] { Language.English, Language.French })
            {
                Assert.DoesNotContain("{", diagnosis.Describe(language), StringComparison.Ordinal);
                Assert.DoesNotContain("{", diagnosis.NextStep(language), StringComparison.Ordinal);
                Assert.DoesNotContain("{", diagnosis.DescribeAbout("Alex", language), StringComparison.Ordinal);
            }
        });
        Assert.True(rows > TriageCodes.All.Count);
    }
}
