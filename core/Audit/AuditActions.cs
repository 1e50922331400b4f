namespace ChatPhone.Core.Audit;

/// <summary>
/// Every audit action name, by area: what commands write into <see cref="AuditEntry.Action"/> (and their replay
/// checks and metrics use), and what tests and the undo policy look for. The values are stored: never change one.
/// </summary>
public static class AuditActions
{
    /// <summary>Greetings and music-on-hold files.</summary>
    public static class AudioFiles
    {
        /// <summary>An audio file imported.</summary>
        public const string Import = "audio_file.import";
        /// <summary>An audio file removed.</summary>
        public const string Remove = "audio_file.remove";
    }

    /// <summary>Auto attendants.</summary>
    public static class AutoAttendants
    {
        /// <summary>An auto attendant created.</summary>
        public const string Create = "autoattendant.create";
        /// <summary>An auto attendant's settings replaced.</summary>
        public const string Update = "autoattendant.update";
        /// <summary>An auto attendant deleted.</summary>
        public const string Delete = "autoattendant.delete";
        /// <summary>A holiday added to an auto attendant.</summary>
        public const string HolidayAdd = "autoattendant.holiday_add";
        /// <summary>A holiday removed from an auto attendant.</summary>
        public const string HolidayRemove = "autoattendant.holiday_remove";
        /// <summary>An auto attendant's business hours set.</summary>
        public const string HoursSet = "autoattendant.hours_set";
        /// <summary>An auto attendant's menu set.</summary>
        public const string MenuSet = "autoattendant.menu_set";
    }

    /// <summary>Call queues.</summary>
    public static class CallQueues
    {
        /// <summary>A call queue created.</summary>
        public const string Create = "callqueue.create";
        /// <summary>A call queue's settings changed.</summary>
        public const string Update = "callqueue.update";
        /// <summary>An agent added to a call queue.</summary>
        public const string AddAgent = "callqueue.add_agent";
        /// <summary>A call queue deleted.</summary>
        public const string Delete = "callqueue.delete";
    }

    /// <summary>Audio conferencing: the bridge, its settings and languages, and organizers.</summary>
    public static class Conferencing
    {
        /// <summary>Audio conferencing enabled for the tenant.</summary>
        public const string Enable = "conferencing.enable";
        /// <summary>The bridge renamed.</summary>
        public const string BridgeRename = "conferencing.bridge.rename";
        /// <summary>A number assigned to the bridge.</summary>
        public const string BridgeAssignNumber = "conferencing.bridge.assign_number";
        /// <summary>The bridge's default number set.</summary>
        public const string BridgeSetDefault = "conferencing.bridge.set_default";
        /// <summary>A number taken off the bridge.</summary>
        public const string BridgeUnassignNumber = "conferencing.bridge.unassign_number";
        /// <summary>The bridge edited as a whole (name, numbers, defaults).</summary>
        public const string BridgeEdit = "conferencing.bridge.edit";
        /// <summary>The conferencing settings changed.</summary>
        public const string SettingsUpdate = "conferencing.settings.update";
        /// <summary>The meeting invitation customized.</summary>
        public const string InvitesCustomize = "conferencing.invites.customize";
        /// <summary>The conferencing settings reset to their defaults.</summary>
        public const string SettingsReset = "conferencing.settings.reset";
        /// <summary>A bridge number's languages set.</summary>
        public const string LanguagesSet = "conferencing.languages.set";
        /// <summary>A bridge number's default languages restored.</summary>
        public const string LanguagesRestore = "conferencing.languages.restore";
        /// <summary>Audio conferencing enabled for an organizer.</summary>
        public const string OrganizerEnable = "conferencing.organizer.enable";
        /// <summary>Audio conferencing disabled for an organizer.</summary>
        public const string OrganizerDisable = "conferencing.organizer.disable";
        /// <summary>An organizer's conferencing provider set.</summary>
        public const string OrganizerProvider = "conferencing.organizer.provider";
        /// <summary>An organizer's default dial-in number set.</summary>
        public const string OrganizerDefaultNumber = "conferencing.organizer.default_number";
        /// <summary>An organizer's toll-free dial-in allowed or not.</summary>
        public const string OrganizerTollFreeDialIn = "conferencing.organizer.toll_free_dial_in";
        /// <summary>Organizers moved from one default number to another.</summary>
        public const string OrganizerMoveDefaults = "conferencing.organizer.move_defaults";
    }

    /// <summary>Communications credits.</summary>
    public static class Credits
    {
        /// <summary>Funds added to the credits account.</summary>
        public const string AddFunds = "credits.add_funds";
        /// <summary>The payment method set.</summary>
        public const string PaymentMethodSet = "credits.payment_method.set";
        /// <summary>Automatic recharge configured.</summary>
        public const string AutoRechargeConfigure = "credits.auto_recharge.configure";
        /// <summary>Automatic recharge turned off.</summary>
        public const string AutoRechargeDisable = "credits.auto_recharge.disable";
        /// <summary>Usage charged to the credits account.</summary>
        public const string UsageRecord = "credits.usage.record";
    }

    /// <summary>The directory of people: imports and the Microsoft 365 sync.</summary>
    public static class Directory
    {
        /// <summary>An import applied to the directory.</summary>
        public const string Import = "directory.import";
        /// <summary>An import planned (audited only when refused).</summary>
        public const string ImportPlan = "directory.import.plan";
        /// <summary>An import applied (audited only when refused).</summary>
        public const string ImportApply = "directory.import.apply";
        /// <summary>An import discarded (audited only when refused).</summary>
        public const string ImportDiscard = "directory.import.discard";
        /// <summary>A sync planned (audited only when refused).</summary>
        public const string SyncPlan = "directory.sync.plan";
    }

    /// <summary>Emergency addresses and locations.</summary>
    public static class Emergency
    {
        /// <summary>An emergency address added.</summary>
        public const string AddressAdd = "emergency.address.add";
        /// <summary>An emergency address validated.</summary>
        public const string AddressValidate = "emergency.address.validate";
        /// <summary>An emergency address edited.</summary>
        public const string AddressEdit = "emergency.address.edit";
        /// <summary>An emergency address deleted.</summary>
        public const string AddressDelete = "emergency.address.delete";
        /// <summary>A location added to an address.</summary>
        public const string LocationAdd = "emergency.location.add";
        /// <summary>A location removed from an address.</summary>
        public const string LocationRemove = "emergency.location.remove";
        /// <summary>A location renamed.</summary>
        public const string LocationRename = "emergency.location.rename";
    }

    /// <summary>The helpdesk channel.</summary>
    public static class Helpdesk
    {
        /// <summary>A conversation made the helpdesk channel.</summary>
        public const string ChannelSet = "helpdesk.channel.set";
        /// <summary>Tickets no longer posted to a channel.</summary>
        public const string ChannelStop = "helpdesk.channel.stop";
    }

    /// <summary>Licenses.</summary>
    public static class Licensing
    {
        /// <summary>Licenses assigned to a person.</summary>
        public const string Assign = "license.assign";
        /// <summary>Licenses removed from a person.</summary>
        public const string Remove = "license.remove";
        /// <summary>Licenses assigned to several people at once.</summary>
        public const string AssignBulk = "license.assign_bulk";
        /// <summary>Units of a SKU bought.</summary>
        public const string Purchase = "license.purchase";
        /// <summary>Unassigned units given back.</summary>
        public const string Reduce = "license.reduce";
        /// <summary>Calling-plan minutes used.</summary>
        public const string MinutesRecord = "license.minutes.record";
    }

    /// <summary>Phone numbers: assignment, inventory and orders.</summary>
    public static class Numbers
    {
        /// <summary>A number assigned.</summary>
        public const string Assign = "number.assign";
        /// <summary>Numbers assigned to several people at once.</summary>
        public const string AssignBulk = "number.assign_bulk";
        /// <summary>A number unassigned.</summary>
        public const string Unassign = "number.unassign";
        /// <summary>Numbers brought in from Microsoft 365 (one entry per batch's changes).</summary>
        public const string Sync = "number.sync";
        /// <summary>A number released to the carrier.</summary>
        public const string Release = "number.release";
        /// <summary>A number's emergency location set.</summary>
        public const string SetLocation = "number.set_location";
        /// <summary>Several numbers' emergency location set at once.</summary>
        public const string SetLocations = "number.set_locations";
        /// <summary>A search for new numbers placed with the carrier.</summary>
        public const string Search = "number.search";
        /// <summary>Numbers requested from the carrier.</summary>
        public const string Request = "number.request";
        /// <summary>A reserved order completed: its numbers join the inventory.</summary>
        public const string Acquire = "number.acquire";
        /// <summary>A reserved order cancelled.</summary>
        public const string CancelOrder = "number.cancel_order";
        /// <summary>Reservations past their expiry ended.</summary>
        public const string ExpireReservations = "number.expire_reservations";
    }

    /// <summary>The outbox of proactive messages.</summary>
    public static class Outbox
    {
        /// <summary>Messages claimed for sending.</summary>
        public const string Claim = "outbox.claim";
        /// <summary>A message accepted by the connector.</summary>
        public const string Sent = "outbox.sent";
        /// <summary>A message to be tried again.</summary>
        public const string Retry = "outbox.retry";
        /// <summary>A message waiting for its recipient's next contact.</summary>
        public const string Waiting = "outbox.waiting";
        /// <summary>A message that may or may not have arrived.</summary>
        public const string Unknown = "outbox.unknown";
        /// <summary>A message that failed for good.</summary>
        public const string Failed = "outbox.failed";
        /// <summary>Waiting messages sent again.</summary>
        public const string Resume = "outbox.resume";
        /// <summary>Old sent messages deleted.</summary>
        public const string Purge = "outbox.purge";
    }

    /// <summary>Number port orders.</summary>
    public static class Porting
    {
        /// <summary>A port order created.</summary>
        public const string Create = "port.create";
        /// <summary>A port order edited.</summary>
        public const string Edit = "port.edit";
        /// <summary>A port order cancelled.</summary>
        public const string Cancel = "port.cancel";
        /// <summary>A port order deleted.</summary>
        public const string Delete = "port.delete";
        /// <summary>A port order's FOC date moved.</summary>
        public const string Foc = "port.foc";
        /// <summary>Due port status changes applied.</summary>
        public const string Advance = "port.advance";
    }

    /// <summary>Resource accounts.</summary>
    public static class ResourceAccounts
    {
        /// <summary>A resource account created.</summary>
        public const string Create = "resource_account.create";
        /// <summary>A resource account's license set.</summary>
        public const string License = "resource_account.license";
        /// <summary>A resource account renamed.</summary>
        public const string Rename = "resource_account.rename";
        /// <summary>A resource account deleted.</summary>
        public const string Delete = "resource_account.delete";
        /// <summary>A number assigned to a resource account.</summary>
        public const string AssignNumber = "resource_account.assign_number";
        /// <summary>A number taken off a resource account.</summary>
        public const string UnassignNumber = "resource_account.unassign_number";
    }

    /// <summary>The organisation's profile.</summary>
    public static class Tenants
    {
        /// <summary>The profile set.</summary>
        public const string ProfileSet = "tenant.profile.set";
        /// <summary>The profile skipped.</summary>
        public const string ProfileSkip = "tenant.profile.skip";
    }

    /// <summary>Helpdesk tickets.</summary>
    public static class Tickets
    {
        /// <summary>A ticket opened.</summary>
        public const string Open = "ticket.open";
        /// <summary>A ticket claimed by helpdesk staff.</summary>
        public const string Claim = "ticket.claim";
        /// <summary>A ticket handed over to someone else.</summary>
        public const string HandOver = "ticket.hand_over";
        /// <summary>A ticket's problem fixed by an admin.</summary>
        public const string Fix = "ticket.fix";
        /// <summary>A ticket resolved.</summary>
        public const string Resolve = "ticket.resolve";
    }

    /// <summary>Triage.</summary>
    public static class Triage
    {
        /// <summary>A diagnosis of someone else's phone (audited only when refused).</summary>
        public const string Diagnose = "triage.diagnose";
    }

    /// <summary>Undo.</summary>
    public static class Undo
    {
        /// <summary>A change taken back (the undo's own entries), so an undo is never mistaken for the change it undid.</summary>
        public const string Apply = "undo";
    }

    /// <summary>Voice apps and their resource accounts.</summary>
    public static class VoiceApps
    {
        /// <summary>A resource account associated with a voice app.</summary>
        public const string Associate = "voiceapp.associate";
        /// <summary>A resource account disassociated from a voice app.</summary>
        public const string Disassociate = "voiceapp.disassociate";
    }
}
