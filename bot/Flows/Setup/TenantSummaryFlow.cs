using System.Globalization;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Flows.Objects.Services;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Setup;
using ChatPhone.Core.Common;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Tenants;

namespace ChatPhone.Bot.Flows.Setup;

/// <summary>
/// "What's configured?" / "résumé de la configuration" (helpdesk and admins): one card summarising the tenant, a line per
/// step with its counts and a button to its list (the checklist's Review lists, the ticket and bridge object lists, the
/// port orders), then the problems found, each with a button to the list where it is fixed.
/// </summary>
public sealed class TenantSummaryFlow(TenantSummaryService summaries, ProfileService profiles) : IIntentFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.TenantSummary];

    /// <inheritdoc />
    public async Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var summary = await summaries.SummarizeAsync(turn.Actor, cancellationToken);
        if (!summary.IsSuccess)
        {
            await turn.SendTextAsync(summary.Error.Describe(turn.Language), cancellationToken);
            return;
        }

        var name = await profiles.DisplayNameAsync(turn.Actor.Tenant, cancellationToken);
        await turn.SendCardAsync(TenantSummaryCard.Build(View(summary.Value, name, turn.Language), turn.Language), cancellationToken);
    }

    /// <summary>The card's lines for <paramref name="summary"/>, in <paramref name="language"/>.</summary>
    public static TenantSummaryView View(TenantSummary summary, string tenantName, Language language)
    {
        string T(string key, params object[] args) => BotText.Get(language, key, args);
        var review = T("SvcObj_SumReview");
        CardAction Step(SetupStepKind step) => new(review, ReviewStepPayload.Verb, CardPayloads.Write(new ReviewStepPayload(step)));
        CardAction List(ObjectKind kind, string filter) => ObjectButtons.Create(review, IntentKind.ListObjects, kind, filter);
        var numbers = summary.Numbers;
        int Count(PstnAssignmentStatus status) => numbers.GetValueOrDefault(status);
        SummaryLine Line(string label, string value, CardAction? button = null) => new(T("SvcObj_SumLine", label, value), button);
        var counts = new List<SummaryLine>
        {
            Line(T("SvcObj_SumLicenses"), T("SvcObj_SumLicensesValue", summary.LicensesBought, summary.LicensesAssigned), Step(SetupStepKind.Licenses)),
            Line(T("SvcObj_SumNumbers"), T("SvcObj_SumNumbersValue", numbers.Values.Sum(), Count(PstnAssignmentStatus.UserAssigned),
                Count(PstnAssignmentStatus.VoiceApplicationAssigned), Count(PstnAssignmentStatus.ConferenceAssigned), Count(PstnAssignmentStatus.Unassigned)),
                Step(SetupStepKind.ServiceNumbers)),
            Line(T("SvcObj_SumAddresses"), T("SvcObj_SumAddressesValue", summary.Addresses.Total, summary.Addresses.Validated), Step(SetupStepKind.EmergencyAndAssignment)),
            Line(T("SvcObj_SumQueues"), summary.CallQueues.ToString(CultureInfo.InvariantCulture), Step(SetupStepKind.CallQueues)),
            Line(T("SvcObj_SumAttendants"), summary.AutoAttendants.ToString(CultureInfo.InvariantCulture), Step(SetupStepKind.AutoAttendants)),
            Line(T("SvcObj_SumAccounts"), summary.ResourceAccounts.ToString(CultureInfo.InvariantCulture), Step(SetupStepKind.ServiceNumberAssignment)),
            summary.BridgeNumbers is { } dialIn
                ? Line(T("SvcObj_SumBridge"), T("SvcObj_SumBridgeValue", dialIn), List(ObjectKind.ConferenceBridge, "bridge"))
                : Line(T("SvcObj_SumBridge"), T("SvcObj_SumBridgeOff")),
            summary.CreditsBalance is { } balance
                ? Line(T("SvcObj_SumCredits"), T(summary.AutoRecharge ? "SvcObj_SumCreditsAuto" : "SvcObj_SumCreditsValue", CreditsEdit.Money(balance, language)), Step(SetupStepKind.CommunicationsCredits))
                : Line(T("SvcObj_SumCredits"), T("SvcObj_SumCreditsNone")),
            Line(T("SvcObj_SumTickets"), summary.OpenTickets.ToString(CultureInfo.InvariantCulture), List(ObjectKind.Ticket, "open")),
            Line(T("SvcObj_SumPortOrders"), summary.OpenPortOrders.ToString(CultureInfo.InvariantCulture),
                new CardAction(review, IntentChoicePayload.Verb, CardPayloads.Write(new IntentChoicePayload(nameof(IntentKind.ListPortOrders), T("SvcObj_SumPortOrdersAsk"))))),
        };
        var problems = summary.Problems.Select(p => Line(
            T("SvcObj_Problem_" + p.Kind, p.Count),
            string.Join(", ", p.Names) + (p.Count > p.Names.Count ? " " + T("SvcObj_SumAndMore", p.Count - p.Names.Count) : string.Empty),
            Step(p.Kind switch
            {
                TenantProblemKind.AccountWithoutLicense => SetupStepKind.ServiceNumberAssignment,
                TenantProblemKind.QueueWithoutAgents => SetupStepKind.CallQueues,
                TenantProblemKind.AddressNotValidated => SetupStepKind.EmergencyAndAssignment,
                TenantProblemKind.TollFreeWithoutCredits => SetupStepKind.CommunicationsCredits,
                _ => SetupStepKind.Licenses,
            }))).ToArray();
        return new TenantSummaryView(T("SvcObj_SumTitle", tenantName), counts, T("SvcObj_SumProblems"), problems, T("SvcObj_SumNoProblems"));
    }
}
