using ChatPhone.Core.Audit;
using ChatPhone.Core.AutoAttendants;
using ChatPhone.Core.Availability;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Conferencing;
using ChatPhone.Core.Credits;
using ChatPhone.Core.Directory.Import;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.Notifications;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Assignment;
using ChatPhone.Core.Numbers.Orders;
using ChatPhone.Core.Numbers.Porting;
using ChatPhone.Core.ResourceAccounts;
using ChatPhone.Core.SelfService;
using ChatPhone.Core.Setup;
using ChatPhone.Core.Triage;
using ChatPhone.Core.VoiceApps;

namespace ChatPhone.Core;

/// <summary>
/// Every application service of the ten setup steps, gathered by area in the order of the guide: the one object through
/// which the tests, the benchmarks and triage reach the whole domain. Each area's service owns its rules; this adds none.
/// The bot's flows depend on the area services they use instead, so that each flow's constructor says what it touches.
/// </summary>
public sealed class PhoneSystem(
    DirectoryImportService directory,
    AvailabilityService availability,
    LicensingService licensing,
    NumberOrderService numberOrders,
    PortingService porting,
    NumberAssignmentService numberAssignment,
    NumberQueries numbers,
    EmergencyService emergency,
    ConferencingService conferencing,
    CallQueueService callQueues,
    AutoAttendantService autoAttendants,
    ResourceAccountService resourceAccounts,
    ResourceAccountAssociationService associations,
    VoiceAppQueries voiceApps,
    CreditsService credits,
    SetupService setup,
    AuditQueryService audit,
    MyNumbersQuery myNumbers,
    TriageService triage,
    OutboxService outbox)
{
    /// <summary>The organisation's people (CSV import).</summary>
    public DirectoryImportService Directory => directory;

    /// <summary>Step 1: what is sold in which country.</summary>
    public AvailabilityService Availability => availability;

    /// <summary>Step 2: subscriptions and per-person licenses, single or bulk.</summary>
    public LicensingService Licensing => licensing;

    /// <summary>Steps 3 and 4: search, reserve, acquire or request numbers.</summary>
    public NumberOrderService NumberOrders => numberOrders;

    /// <summary>Step 3c: port orders and service requests.</summary>
    public PortingService Porting => porting;

    /// <summary>Step 5: assign, unassign and release numbers.</summary>
    public NumberAssignmentService NumberAssignment => numberAssignment;

    /// <summary>The inventory, orders, quotas and a person's lines.</summary>
    public NumberQueries Numbers => numbers;

    /// <summary>Step 5: emergency addresses and locations.</summary>
    public EmergencyService Emergency => emergency;

    /// <summary>Step 6: audio conferencing.</summary>
    public ConferencingService Conferencing => conferencing;

    /// <summary>Step 7: call queues.</summary>
    public CallQueueService CallQueues => callQueues;

    /// <summary>Step 8: auto attendants.</summary>
    public AutoAttendantService AutoAttendants => autoAttendants;

    /// <summary>Step 9: resource accounts and their service numbers.</summary>
    public ResourceAccountService ResourceAccounts => resourceAccounts;

    /// <summary>Step 9: which resource account serves which auto attendant or call queue.</summary>
    public ResourceAccountAssociationService Associations => associations;

    /// <summary>Call queues and auto attendants as read models, with their readiness.</summary>
    public VoiceAppQueries VoiceApps => voiceApps;

    /// <summary>Step 10: Communications Credits.</summary>
    public CreditsService Credits => credits;

    /// <summary>The ten-step checklist, derived from state.</summary>
    public SetupService Setup => setup;

    /// <summary>Who changed what, when.</summary>
    public AuditQueryService Audit => audit;

    /// <summary>"What's my number?"</summary>
    public MyNumbersQuery MyNumbers => myNumbers;

    /// <summary>Helpdesk triage: why calling fails for a person, with the fixes.</summary>
    public TriageService Triage => triage;

    /// <summary>Proactive messages: what is due, delivery states, messages about one ticket.</summary>
    public OutboxService Outbox => outbox;
}
