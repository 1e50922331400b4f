using System.Globalization;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Helpdesk;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Helpdesk;
using ChatPhone.Core.Triage;

namespace ChatPhone.Bot.Flows.Helpdesk;

/// <summary>Ticket and triage read models in people's words: the card builders only lay them out.</summary>
public sealed class TicketViews(IDirectoryStore directory)
{
    /// <summary>
    /// The ticket card's view for <paramref name="viewer"/>: staff get the buttons and the people to hand over to
    /// (admins also the fix buttons); anyone else (the requester) the ticket alone, without the staff's directory.
    /// </summary>
    public async Task<TicketView> TicketAsync(Ticket ticket, Actor viewer, Language language, IReadOnlyList<string> deliveryProblems, CancellationToken cancellationToken)
    {
        string T(string name, params object[] args) => BotText.Get(language, name, args);

        var staff = viewer.Role >= Role.Helpdesk;
        var open = ticket.Status != TicketStatus.Resolved;
        var helpers = open && staff
            ? (await directory.ListAsync(viewer.Tenant, cancellationToken))
                .Where(p => p.Role >= Role.Helpdesk && p.AadObjectId != ticket.AssigneeId)
                .Take(Setup.StepFormSender.MaxOptions)
                .Select(p => new Choice($"{p.DisplayName} ({p.Upn})", p.AadObjectId))
                .ToArray()
            : [];
        var status = ticket.Status switch
        {
            TicketStatus.Open => T("Ticket_Status_Open"),
            TicketStatus.Claimed => T("Ticket_Status_Claimed", ticket.AssigneeName ?? string.Empty),
            _ => T("Ticket_Status_Resolved"),
        };
        return new TicketView(
            ticket.Id,
            Title(ticket.Report, language),
            [
                new Fact(T("Ticket_RequestedBy"), ticket.RequesterName),
                new Fact(T("Ticket_Status"), status),
                new Fact(T("Ticket_Opened"), When(ticket.OpenedAt)),
            ],
            Causes(ticket.Report, ticket.Fixed, language, about: true),
            [.. ticket.History.Select(e => T("Ticket_History", When(e.At), T("Ticket_Change_" + e.Change, e.ActorName, e.Detail ?? string.Empty)))],
            deliveryProblems,
            CanClaim: staff && ticket.Status == TicketStatus.Open,
            CanResolve: staff && open,
            helpers,
            CanFix: open && viewer.IsAdmin);
    }

    /// <summary>"Alex Wilber can't call out".</summary>
    public static string Title(TriageReport report, Language language) =>
        BotText.Get(language, "Symptom_" + report.Symptom, report.DisplayName);

    /// <summary>
    /// The causes in <paramref name="language"/>: told to the person themselves, or about <paramref name="about"/>
    /// (for the helpdesk), with the fix's label where an admin can apply one.
    /// </summary>
    public static IReadOnlyList<CauseView> Causes(TriageReport report, IReadOnlyCollection<string> fixedCodes, Language language, bool about) =>
        [.. report.Causes.Select(c => new CauseView(
            c.Code,
            about ? c.DescribeAbout(report.DisplayName, language) : c.Describe(language),
            c.NextStep(language),
            c.Severity == Severity.Blocking,
            c.Fix is { } fix && c.Owner == FixOwner.Admin ? fix.Describe(report.DisplayName, language) : null,
            fixedCodes.Contains(c.Code)))];

    private static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
