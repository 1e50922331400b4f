using ChatPhone.Core.Directory;
using ChatPhone.Core.Setup;

namespace ChatPhone.Cards.Help;

/// <summary>The groups of the help card, each shown from a minimum role.</summary>
public enum HelpGroup
{
    /// <summary>What anyone in the directory can ask about themselves.</summary>
    SelfService,

    /// <summary>Triage and read-only views for the helpdesk (and admins).</summary>
    Helpdesk,

    /// <summary>The ten setup steps, for admins, under the step they belong to.</summary>
    Setup,

    /// <summary>Running the phone system, for admins.</summary>
    Administration,

    /// <summary>The organisation's profile (name, default country, billing currency), for admins.</summary>
    Organisation,
}

/// <summary>
/// One capability on the help card: its example sentence (<c>HelpSay_{Key}</c>) and what it does
/// (<c>HelpDoes_{Key}</c>) in the card strings, and the intent the example is recognised as (an
/// <c>IntentKind</c> name: the bot's tests run every example through the recognizer).
/// </summary>
/// <param name="Key">The resource key suffix, unique in the catalog.</param>
/// <param name="Intent">The name of the intent the example sentence is recognised as.</param>
/// <param name="Group">The group the capability is listed in.</param>
/// <param name="Step">For <see cref="HelpGroup.Setup"/>, the checklist step it belongs to.</param>
public sealed record HelpEntry(string Key, string Intent, HelpGroup Group, SetupStepKind? Step = null)
{
    /// <summary>The lowest role that sees the entry.</summary>
    public Role MinimumRole => Group switch
    {
        HelpGroup.SelfService => Role.User,
        HelpGroup.Helpdesk => Role.Helpdesk,
        _ => Role.Admin,
    };
}

/// <summary>Every capability the help card documents, in the order it shows them.</summary>
public static class HelpCatalog
{
    /// <summary>The one entry people outside the directory see.</summary>
    public static readonly HelpEntry Help = new("Help", "Help", HelpGroup.SelfService);

    /// <summary>The entry that opens the setup group.</summary>
    public static readonly HelpEntry StartSetup = new("StartSetup", "StartSetup", HelpGroup.Setup);

    /// <summary>The entries, grouped and ordered.</summary>
    public static readonly IReadOnlyList<HelpEntry> Entries =
    [
        new("MyNumber", "MyNumber", HelpGroup.SelfService),
        new("MyEmergencyAddress", "MyEmergencyAddress", HelpGroup.SelfService),
        new("MyLicenses", "MyLicenses", HelpGroup.SelfService),
        new("MyDialIn", "MyDialIn", HelpGroup.SelfService),
        new("ReportProblem", "ReportProblem", HelpGroup.SelfService),
        new("CheckMyPhone", "CheckPhoneSetup", HelpGroup.SelfService),
        new("Cancel", "Cancel", HelpGroup.SelfService),
        Help,
        new("CheckPhoneSetup", "CheckPhoneSetup", HelpGroup.Helpdesk),
        new("ListTickets", "ListTickets", HelpGroup.Helpdesk),
        new("ListNumbers", "ListNumbers", HelpGroup.Helpdesk),
        new("ListAddresses", "ListAddresses", HelpGroup.Helpdesk),
        new("ListLicenses", "ListLicenses", HelpGroup.Helpdesk),
        new("ListNumberRequests", "ListNumberRequests", HelpGroup.Helpdesk),
        new("ListPortOrders", "ListPortOrders", HelpGroup.Helpdesk),
        new("ListCallQueues", "ListCallQueues", HelpGroup.Helpdesk),
        new("TenantSummary", "TenantSummary", HelpGroup.Helpdesk),
        new("SimulateCall", "SimulateCall", HelpGroup.Helpdesk),
        new("AudioFiles", "AudioFiles", HelpGroup.Helpdesk),
        StartSetup,
        new("CheckAvailability", "CheckAvailability", HelpGroup.Setup, SetupStepKind.Availability),
        new("BuyLicenses", "BuyLicenses", HelpGroup.Setup, SetupStepKind.Licenses),
        new("AssignLicense", "AssignLicense", HelpGroup.Setup, SetupStepKind.Licenses),
        new("AssignLicensesBulk", "AssignLicensesBulk", HelpGroup.Setup, SetupStepKind.Licenses),
        new("SearchNumbers", "SearchNumbers", HelpGroup.Setup, SetupStepKind.UserNumbers),
        new("RequestNumbers", "RequestNumbers", HelpGroup.Setup, SetupStepKind.UserNumbers),
        new("PortNumbers", "PortNumbers", HelpGroup.Setup, SetupStepKind.UserNumbers),
        new("SearchServiceNumbers", "SearchNumbers", HelpGroup.Setup, SetupStepKind.ServiceNumbers),
        new("AddEmergencyAddress", "AddEmergencyAddress", HelpGroup.Setup, SetupStepKind.EmergencyAndAssignment),
        new("AddEmergencyLocation", "AddEmergencyLocation", HelpGroup.Setup, SetupStepKind.EmergencyAndAssignment),
        new("SetEmergencyLocation", "SetEmergencyLocation", HelpGroup.Setup, SetupStepKind.EmergencyAndAssignment),
        new("AssignNumber", "AssignNumber", HelpGroup.Setup, SetupStepKind.EmergencyAndAssignment),
        new("UnassignNumber", "UnassignNumber", HelpGroup.Setup, SetupStepKind.EmergencyAndAssignment),
        new("SetupConferencing", "SetupConferencing", HelpGroup.Setup, SetupStepKind.AudioConferencing),
        new("SetPinLength", "SetPinLength", HelpGroup.Setup, SetupStepKind.AudioConferencing),
        new("CreateCallQueue", "CreateCallQueue", HelpGroup.Setup, SetupStepKind.CallQueues),
        new("AddQueueAgents", "AddQueueAgents", HelpGroup.Setup, SetupStepKind.CallQueues),
        new("CreateAutoAttendant", "CreateAutoAttendant", HelpGroup.Setup, SetupStepKind.AutoAttendants),
        new("AddHoliday", "AddHoliday", HelpGroup.Setup, SetupStepKind.AutoAttendants),
        new("CreateResourceAccount", "CreateResourceAccount", HelpGroup.Setup, SetupStepKind.ServiceNumberAssignment),
        new("AssignServiceNumber", "AssignServiceNumber", HelpGroup.Setup, SetupStepKind.ServiceNumberAssignment),
        new("FundCredits", "FundCredits", HelpGroup.Setup, SetupStepKind.CommunicationsCredits),
        new("CreditsBalance", "CreditsBalance", HelpGroup.Setup, SetupStepKind.CommunicationsCredits),
        new("SetAutoRecharge", "SetAutoRecharge", HelpGroup.Setup, SetupStepKind.CommunicationsCredits),
        new("ReleaseNumber", "ReleaseNumber", HelpGroup.Administration),
        new("ExportPowerShell", "ExportPowerShell", HelpGroup.Administration),
        new("SyncDirectory", "SyncDirectory", HelpGroup.Administration),
        new("SyncNumbers", "SyncNumbers", HelpGroup.Administration),
        new("ShowAudit", "ShowAudit", HelpGroup.Administration),
        new("Quotas", "Quotas", HelpGroup.Administration),
        new("UseHelpdeskChannel", "UseHelpdeskChannel", HelpGroup.Administration),
        new("SetOrganisationName", "SetOrganisationProfile", HelpGroup.Organisation),
        new("SetDefaultCountry", "SetOrganisationProfile", HelpGroup.Organisation),
        new("SetBillingCurrency", "SetOrganisationProfile", HelpGroup.Organisation),
        new("ShowOrganisationProfile", "ShowOrganisationProfile", HelpGroup.Organisation),

        // Grouped on the card with their step and group (the card groups entries by group, then by step).
        new("RemoveLicense", "RemoveLicense", HelpGroup.Setup, SetupStepKind.Licenses),
        new("Undo", "Undo", HelpGroup.Helpdesk),
        new("ListObjects", "ListObjects", HelpGroup.Helpdesk),
        new("ShowObject", "ShowObject", HelpGroup.Helpdesk),
        new("ChangeObject", "ChangeObject", HelpGroup.Administration),
        new("RemoveObject", "RemoveObject", HelpGroup.Administration),
    ];

    /// <summary>The capabilities with a button on the card (the most common ones), in button order.</summary>
    public static readonly IReadOnlyList<HelpEntry> Buttons =
    [
        StartSetup,
        Entries.Single(e => e.Key == "MyNumber"),
        Entries.Single(e => e.Key == "ListTickets"),
    ];

    /// <summary>The configuration as a PowerShell script: the Export button of the checklist and of objects' cards.</summary>
    public static readonly HelpEntry Export = Entries.Single(e => e.Key == "ExportPowerShell");

    /// <summary>The entries a button may ask for: <see cref="Buttons"/>, the export and, from the top of help, the whole of help.</summary>
    public static readonly IReadOnlyList<HelpEntry> Clickable = [.. Buttons, Export, Help];

    /// <summary>The entries <paramref name="role"/> sees (people outside the directory: only help).</summary>
    public static IReadOnlyList<HelpEntry> For(Role role) =>
        role == Role.Unknown ? [Help] : Entries.Where(e => role >= e.MinimumRole).ToArray();
}
