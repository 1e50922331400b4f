using System.Globalization;
using ChatPhone.Core.Common;
using ChatPhone.Core.Triage;

namespace ChatPhone.UnitTests.Core.Triage;

public sealed class TriageCodesTests
{
    public static TheoryData<string> Codes() => [.. TriageCodes.All];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_HasASentence_WhatHappensNext_AndTheSameAboutSomeoneElse_InBothLanguages(string code)
    {
        var names = Error.Messages.Names(CultureInfo.InvariantCulture);
        var french = Error.Messages.Names(CultureInfo.GetCultureInfo("fr"));

        foreach (var name in new[] { code, code + ".next", code + ".about" }.Select(Error.ResourceName))
        {
            Assert.Contains(name, names);
            Assert.Contains(name, french);
        }
    }

    [Fact]
    public void EveryCode_IsFoundByAtLeastOneRowOfTheTables()
    {
        var expected = new[] { DiagnoserTests.Calls, DiagnoserTests.Meetings, DiagnoserTests.Queues, DiagnoserTests.ExpectedNumbers }
            .SelectMany(table => table.Select(row => (string)row[2]))
            .SelectMany(text => text.Split(" | ", StringSplitOptions.RemoveEmptyEntries))
            .Select(cause => "triage." + cause[..cause.IndexOf('[', StringComparison.Ordinal)])
            .ToHashSet();

        Assert.Empty(TriageCodes.All.Except(expected));
    }

    [Theory]
    [InlineData(TriageCodes.PhoneSystemMissing, Symptom.General, Severity.Blocking)]
    [InlineData(TriageCodes.PhoneSystemMissing, Symptom.QueueCalls, Severity.Blocking)]
    [InlineData(TriageCodes.PhoneSystemMissing, Symptom.MeetingDialIn, null)]
    [InlineData(TriageCodes.EmergencyAddressMissing, Symptom.EmergencyCalling, Severity.Blocking)]
    [InlineData(TriageCodes.EmergencyAddressMissing, Symptom.CannotCallOut, Severity.Warning)]
    [InlineData(TriageCodes.EmergencyAddressMissing, Symptom.CannotReceiveCalls, null)]
    [InlineData(TriageCodes.LicenseCountryOutdated, Symptom.General, Severity.Warning)]
    [InlineData(TriageCodes.TollFreeNoCredits, Symptom.QueueCalls, Severity.Blocking)]
    public void SeverityFor_DependsOnTheSymptom(string code, Symptom symptom, Severity? severity) =>
        Assert.Equal(severity, TriageCodes.SeverityFor(code, symptom));

    [Fact]
    public void Codes_AreUniqueAndNamespaced() =>
        Assert.All(TriageCodes.All.GroupBy(c => c), g => Assert.True(g.Count() == 1 && g.Key.StartsWith("triage.", StringComparison.Ordinal), g.Key));
}
