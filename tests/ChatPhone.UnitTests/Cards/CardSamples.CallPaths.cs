using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Setup;
using ChatPhone.Cards.VoiceApps;
using ChatPhone.Core.Common;
using ChatPhone.Core.Setup;

namespace ChatPhone.UnitTests.Cards;

/// <summary>The simulated call card (typical, and the longest a path can be) and the checklist with a dead end to fix.</summary>
internal static partial class CardSamples
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> CallPathSamples(Language language)
    {
        CardAction Press(int key) => new($"Press {key} — call queue {LongName}", SimulateCallPayload.Verb,
            CardPayloads.Write(new SimulateCallPayload("+33180000000", "2026-12-06T20:00", key.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        yield return ("CallPath", CallPathCard.Build(new CallPathSummary(
            "Call to +33180000000", "Sunday 6 December 2026, 20:00, in each auto attendant’s own time zone",
            ["The caller dials +33180000000.", "The auto attendant Main line answers.", "It is outside business hours. 🔊 The caller hears: “We are closed.”"],
            "✅ The call leaves for +33600000000.", TextColor.Good, [], null, [Press(1)], []), language));
        yield return ("CallPathLongest", CallPathCard.Build(new CallPathSummary(
            "Call to " + LongName, LongName,
            Enumerable.Range(1, 60).Select(i => $"Step {i}: 🔊 The caller hears: “{new string('w', 1000)}”").ToArray(),
            "⛔ Dead end: " + new string('x', 400), TextColor.Attention,
            Enumerable.Range(1, 30).Select(i => $"The resource account {LongName}{i} has no license.").ToArray(), null,
            Enumerable.Range(0, 10).Select(Press).ToArray(), Enumerable.Range(0, 8).Select(Press).ToArray()), language));
        var call = ChatPhone.UnitTests.Core.CallPaths.CallWorldBuilder.Contoso().Call(ChatPhone.UnitTests.Core.CallPaths.CallWorldBuilder.MainNumber, new DateTime(2026, 12, 2, 10, 30, 0));
        yield return ("CallPathWithDiagram", CallPathCard.Build(new CallPathSummary(
            "Call to +33180000000", "Wednesday 2 December 2026, 10:30", [.. Enumerable.Range(1, 8).Select(i => $"Step {i}: 🔊 The caller hears: “{new string('w', 300)}”")],
            "⌨ The menu waits for a key.", TextColor.Warning, [], ChatPhone.Bot.Flows.VoiceApps.CallPathPicture.Of(call, language),
            [.. Enumerable.Range(0, 10).Select(Press)], []), language));
        var steps = Steps.Select(s => s.Step == SetupStepKind.AutoAttendants
            ? new SetupStep(s.Step, StepStatus.Blocked, new Error("callpath.flow_reaches_nobody", LongName, "Christmas")) { Fix = new SetupFix("+33180000000", "AutoAttendant", "aa-1") }
            : s).ToArray();
        yield return ("ChecklistDeadEnd", ChecklistCard.Build(steps, language));
    }
}
