using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Setup;

namespace ChatPhone.Bot.Flows.Setup;

/// <summary>
/// A done step's Review button on the checklist: what the step configured, shown by the flow that lists it (licenses,
/// numbers, addresses, queues, auto attendants, resource accounts, credits), as if the person had asked for that list.
/// Reading only, for helpdesk and admins; each list flow checks the role again.
/// </summary>
public sealed class StepReviewFlow(IntentFlows intentFlows) : IActionFlow
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [ReviewStepPayload.Verb];

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<ReviewStepPayload>(data);
        if (!payload.IsSuccess)
        {
            return ActionRouter.Failed(turn, payload.Error);
        }

        if (turn.Actor.Role < Role.Helpdesk)
        {
            return ActionRouter.Failed(turn, CommandRunner.RoleError(Role.Helpdesk));
        }

        var language = turn.Language == Language.French ? "fr" : "en";
        if (!Enum.IsDefined(payload.Value.Step) || Review(payload.Value.Step, language) is not { } intent || intentFlows.For(intent.Kind) is not { } flow)
        {
            return ActionRouter.Failed(turn, new Error("card.invalid_payload"));
        }

        await flow.RunAsync(turn, intent, cancellationToken);
        return new ActionResult(BotText.Get(turn.Language, "Help_Asked")) { Quiet = true };
    }

    /// <summary>The list that shows what <paramref name="step"/> configured.</summary>
    public static Intent? Review(SetupStepKind step, string language) => step switch
    {
        SetupStepKind.Availability => Intent.Of(IntentKind.ShowOrganisationProfile, language),
        SetupStepKind.Licenses => Intent.Of(IntentKind.ListLicenses, language),
        SetupStepKind.UserNumbers => With(IntentKind.ListNumbers, SlotNames.NumberType, nameof(NumberType.UserSubscriber), language),
        SetupStepKind.ServiceNumbers or SetupStepKind.AudioConferencing => Intent.Of(IntentKind.ListNumbers, language),
        SetupStepKind.EmergencyAndAssignment => Intent.Of(IntentKind.ListAddresses, language),
        SetupStepKind.CallQueues => Intent.Of(IntentKind.ListCallQueues, language),
        SetupStepKind.AutoAttendants => With(IntentKind.ListObjects, SlotNames.ObjectKind, nameof(ObjectKind.AutoAttendant), language),
        SetupStepKind.ServiceNumberAssignment => With(IntentKind.ListObjects, SlotNames.ObjectKind, nameof(ObjectKind.ResourceAccount), language),
        SetupStepKind.CommunicationsCredits => Intent.Of(IntentKind.CreditsBalance, language),
        _ => null,
    };

    private static Intent With(IntentKind kind, string slot, string value, string language) =>
        new(kind, new Dictionary<string, string> { [slot] = value }, language);
}
