using ChatPhone.Bot.Flows.Emergency;
using ChatPhone.Cards.Forms;
using ChatPhone.Core.Availability;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Carrier;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.Setup;

namespace ChatPhone.Bot.Flows.Setup;

/// <summary>
/// Opens a checklist step: sends the step's form card, filled with what the tenant has (its people, its
/// unassigned numbers, its resource accounts). Each form submits the intent an admin could also type.
/// </summary>
public sealed class StepFormSender(
    IDirectoryStore directory,
    NumberQueries numbers,
    EmergencyService emergency,
    EmergencyAddressFlow addressForm,
    ResourceAccountService accounts,
    AvailabilityService availability)
{
    /// <summary>How many people or numbers a picker lists (a card must stay under 28 KB).</summary>
    public const int MaxOptions = 100;

    /// <summary>Sends the licenses form with <paramref name="buy"/> preselected for buying (the license the sentence named).</summary>
    public async Task SendLicensesAsync(FlowTurn turn, Sku? buy, CancellationToken cancellationToken) =>
        await turn.SendCardAsync(StepForms.Licenses(await PeopleAsync(turn, cancellationToken), turn.Language, buy), cancellationToken);

    /// <summary>Sends the form(s) of <paramref name="step"/>; false for a step without a form.</summary>
    public async Task<bool> SendAsync(FlowTurn turn, SetupStepKind step, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        switch (step)
        {
            case SetupStepKind.Licenses:
                await turn.SendCardAsync(StepForms.Licenses(await PeopleAsync(turn, cancellationToken), language), cancellationToken);
                return true;
            case SetupStepKind.UserNumbers or SetupStepKind.ServiceNumbers:
                var home = await HomeCountryAsync(turn, cancellationToken);
                await turn.SendCardAsync(StepForms.NumberSearch(step == SetupStepKind.ServiceNumbers, home, language), cancellationToken);
                return true;
            case SetupStepKind.EmergencyAndAssignment:
                await SendEmergencyAndAssignmentAsync(turn, cancellationToken);
                return true;
            case SetupStepKind.AudioConferencing:
                var countries = availability.Catalog.All
                    .Where(c => CarrierCatalog.Offers(c.Iso))
                    .Select(c => new StepForms.Option(c.Name(language), c.Iso))
                    .OrderBy(o => o.Title, StringComparer.Create(language.Culture(), ignoreCase: true))
                    .ToArray();
                await turn.SendCardAsync(StepForms.Conferencing(countries, await HomeCountryAsync(turn, cancellationToken), language), cancellationToken);
                return true;
            case SetupStepKind.CallQueues:
                await turn.SendCardAsync(StepForms.CallQueue(await PeopleAsync(turn, cancellationToken), language), cancellationToken);
                return true;
            case SetupStepKind.AutoAttendants:
                await turn.SendCardAsync(StepForms.AutoAttendant(language), cancellationToken);
                return true;
            case SetupStepKind.ServiceNumberAssignment:
                await SendServiceNumberAssignmentAsync(turn, cancellationToken);
                return true;
            case SetupStepKind.CommunicationsCredits:
                await turn.SendCardAsync(StepForms.Credits(language), cancellationToken);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The assignment form for <paramref name="choices"/> (e.g. numbers just acquired), first one picked.</summary>
    public async Task SendAssignAsync(FlowTurn turn, IReadOnlyList<string> choices, CancellationToken cancellationToken)
    {
        var options = choices.Take(MaxOptions).Select(NumberOption).ToArray();
        await turn.SendCardAsync(StepForms.AssignNumber(options, await PeopleAsync(turn, cancellationToken), turn.Language), cancellationToken);
    }

    /// <summary>The assignment form for the tenant's unassigned user numbers (or why there is none).</summary>
    public async Task SendAssignableAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var free = await UnassignedAsync(turn, userNumbers: true, cancellationToken);
        if (free.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(turn.Language, "Form_NoNumbersToAssign"), cancellationToken);
            return;
        }

        await SendAssignAsync(turn, free, cancellationToken);
    }

    private async Task SendEmergencyAndAssignmentAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var validated = await emergency.ListAddressesAsync(turn.Actor, ValidationStatus.Validated, cancellationToken);
        if (validated.IsSuccess && validated.Value.Count == 0)
        {
            await turn.SendTextAsync(BotText.Get(turn.Language, "Form_AddressFirst"), cancellationToken);
            await addressForm.SendFormAsync(turn, null, cancellationToken);
        }

        await SendAssignableAsync(turn, cancellationToken);
    }

    private async Task SendServiceNumberAssignmentAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var free = await UnassignedAsync(turn, userNumbers: false, cancellationToken);
        var list = await accounts.ListAsync(turn.Actor, cancellationToken);
        var options = (list.IsSuccess ? list.Value : [])
            .OrderBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Take(MaxOptions)
            .Select(a => new StepForms.Option($"{a.DisplayName} ({a.Upn})", a.Upn))
            .ToArray();
        await turn.SendCardAsync(
            StepForms.ServiceNumberAssignment(free.Take(MaxOptions).Select(NumberOption).ToArray(), options, turn.Language), cancellationToken);
    }

    private async Task<IReadOnlyList<string>> UnassignedAsync(FlowTurn turn, bool userNumbers, CancellationToken cancellationToken)
    {
        var page = await numbers.ListAsync(turn.Actor, new NumberFilter(Status: PstnAssignmentStatus.Unassigned), top: NumberQueries.MaxTop,
            cancellationToken: cancellationToken);
        return page.IsSuccess
            ? page.Value.Items.Where(n => (n.Type == NumberType.UserSubscriber) == userNumbers).Select(n => n.Number).ToArray()
            : [];
    }

    // The directory lists people already ordered by display name (and keeps that list until it changes).
    private async Task<IReadOnlyList<StepForms.Option>> PeopleAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        (await directory.ListAsync(turn.Actor.Tenant, cancellationToken))
            .Take(MaxOptions)
            .Select(p => new StepForms.Option($"{p.DisplayName} ({p.Upn})", p.Upn))
            .ToArray();

    private async Task<string?> HomeCountryAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var me = await directory.FindAsync(turn.Actor.Tenant, turn.Actor.UserId, cancellationToken);
        return me.IsSuccess ? me.Value.UsageLocation : null;
    }

    private static StepForms.Option NumberOption(string number) =>
        new(E164Number.TryParse(number) is { IsSuccess: true } parsed ? $"{number} ({parsed.Value.National()})" : number, number);
}
