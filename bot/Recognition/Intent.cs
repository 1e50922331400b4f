using ChatPhone.Bot.Recognition.Classification;

namespace ChatPhone.Bot.Recognition;

/// <summary>What a message asks for: one value per capability of the setup guide.</summary>
public enum IntentKind
{
    /// <summary>Nothing ChatPhone understands.</summary>
    None,

    /// <summary>"help", "aide".</summary>
    Help,

    /// <summary>"what's my number?", "quel est mon numéro ?".</summary>
    MyNumber,

    /// <summary>"cancel", "annuler": leave any flow.</summary>
    Cancel,

    /// <summary>"start setup", "configurer le système téléphonique": the setup checklist.</summary>
    StartSetup,

    /// <summary>"is Phone System available in Japan?": slots country, feature.</summary>
    CheckAvailability,

    /// <summary>"buy 10 Phone System licenses": slots quantity, sku or skus.</summary>
    BuyLicenses,

    /// <summary>"give alex@contoso.com a calling plan": slots sku or skus, person.</summary>
    AssignLicense,

    /// <summary>"assign Phone System to alex, sam and lucas": slots sku or skus, people.</summary>
    AssignLicensesBulk,

    /// <summary>"find 5 numbers in Seattle": slots quantity, city, state, country, numberType or tollFree.</summary>
    SearchNumbers,

    /// <summary>"port my numbers", "transférer mes numéros": slots quantity, country.</summary>
    PortNumbers,

    /// <summary>"request 20 numbers in Lyon" (when the carrier has no stock): same slots as a search.</summary>
    RequestNumbers,

    /// <summary>"assign +1 206 555 0100 to alex": slots phoneNumber, person, country.</summary>
    AssignNumber,

    /// <summary>"unassign +1 206 555 0100": slots phoneNumber, person.</summary>
    UnassignNumber,

    /// <summary>"release +1 206 555 0100": slot phoneNumber.</summary>
    ReleaseNumber,

    /// <summary>"add emergency address …": slots address and its parsed parts.</summary>
    AddEmergencyAddress,

    /// <summary>"list emergency addresses".</summary>
    ListAddresses,

    /// <summary>"set up audio conferencing".</summary>
    SetupConferencing,

    /// <summary>"set the PIN length to six": slot pinLength.</summary>
    SetPinLength,

    /// <summary>"create a call queue Sales, round robin, agents Alex and Sam": slots name, routingMethod, person or people.</summary>
    CreateCallQueue,

    /// <summary>"create an auto attendant Main line, open 9 to 5 Monday to Friday": slots name, open, close, days.</summary>
    CreateAutoAttendant,

    /// <summary>"add a holiday Christmas on December 25": slots name, date, endDate.</summary>
    AddHoliday,

    /// <summary>"create a resource account for the call queue": slots name, upn, resourceType.</summary>
    CreateResourceAccount,

    /// <summary>"assign +1 800 555 0100 to the call queue Sales": slots phoneNumber, target, name.</summary>
    AssignServiceNumber,

    /// <summary>"add $50 of communications credits": slot amount.</summary>
    FundCredits,

    /// <summary>"what's my credits balance?".</summary>
    CreditsBalance,

    /// <summary>"who changed what yesterday": slots from, to.</summary>
    ShowAudit,

    /// <summary>"list all numbers".</summary>
    ListNumbers,

    /// <summary>"show quotas".</summary>
    Quotas,

    /// <summary>"I can't call out", "je ne reçois pas d'appels": slot symptom (a <c>Symptom</c> name), and queue, phoneNumber when said.</summary>
    ReportProblem,

    /// <summary>"check Alex's phone setup", "vérifie la configuration téléphonique d'Alex": slot person (none: oneself), symptom when one is named.</summary>
    CheckPhoneSetup,

    /// <summary>"what's my emergency address?", "quelle est mon adresse d'urgence ?".</summary>
    MyEmergencyAddress,

    /// <summary>"what licenses do I have?", "quelles sont mes licences ?".</summary>
    MyLicenses,

    /// <summary>"what are my dial-in numbers?", "quels sont mes numéros d'accès aux réunions ?".</summary>
    MyDialIn,

    /// <summary>"use this channel for helpdesk tickets", "utilise ce canal pour les tickets du support".</summary>
    UseHelpdeskChannel,

    /// <summary>"show open tickets", "tickets ouverts".</summary>
    ListTickets,

    /// <summary>"our company is called Fabrikam", "notre devise de facturation est l'euro": slots organisationName, country, currency (any of them).</summary>
    SetOrganisationProfile,

    /// <summary>"show our organisation profile", "affiche le profil de l'organisation".</summary>
    ShowOrganisationProfile,

    /// <summary>"hello", "salut ChatPhone": a short greeting back and the top of help.</summary>
    Greeting,

    /// <summary>"thanks", "merci beaucoup".</summary>
    Thanks,

    /// <summary>"bye", "bonne journée".</summary>
    Goodbye,

    /// <summary>"who are you?", "t'es un robot ?".</summary>
    AboutBot,

    /// <summary>"what licenses do we have?", "combien de licences Teams Phone nous reste-t-il ?": the organisation's subscriptions; slot sku when one is named.</summary>
    ListLicenses,

    /// <summary>"show our number requests", "où en sont nos commandes de numéros ?": number orders and requests and their status.</summary>
    ListNumberRequests,

    /// <summary>"show the port orders", "où en sont nos transferts de numéros ?": port orders and their status.</summary>
    ListPortOrders,

    /// <summary>"list the call queues", "affiche les files d'attente": each queue's routing, agents and numbers.</summary>
    ListCallQueues,

    /// <summary>"add Alex to the Sales queue", "ajoute Chloé et Inès à la file Support": slots name (the queue), person or people.</summary>
    AddQueueAgents,

    /// <summary>"turn on auto-recharge: add 20 € when the balance drops below 5 €", "désactive la recharge automatique": slots amount, threshold, currency, enabled.</summary>
    SetAutoRecharge,

    /// <summary>"remove the calling plan from Oliver", "retire le forfait d'appels à Oliver": slots sku or skus, person or people.</summary>
    RemoveLicense,

    /// <summary>"undo the last change", "annule la dernière modification": shows one's own last change (undoing by chat comes later).</summary>
    Undo,

    /// <summary>"list the auto attendants", "liste des comptes de ressources": every object of one kind (slot objectKind) that has no list intent of its own.</summary>
    ListObjects,

    /// <summary>"show the Sales queue", "montre le standard Accueil": one object in detail; slots objectKind, and the object named in the text.</summary>
    ShowObject,

    /// <summary>"rename the queue Sales to Ventes", "passe le délai d'alerte de Support à 30 s": one setting of one object; slot objectKind.</summary>
    ChangeObject,

    /// <summary>"delete the Support queue", "supprime l'adresse Contoso Lille": one object removed, through a plan card; slot objectKind.</summary>
    RemoveObject,

    /// <summary>"add a location 3rd floor to Contoso Paris", "ajoute un emplacement Bâtiment B à HQ Lyon": a place under an emergency address.</summary>
    AddEmergencyLocation,

    /// <summary>"set Lucas's emergency address to Contoso Lyon", "utilise l'emplacement 3e étage pour le +33 1 84 88 00 01": which address a person or number uses.</summary>
    SetEmergencyLocation,

    /// <summary>"what's configured?", "résumé de la configuration": one card summarising the tenant (counts and problems).</summary>
    TenantSummary,

    /// <summary>
    /// "what happens when someone calls +33 1 80 00 00 00 on Sunday at 8 pm?", "press 1": a call walked through the
    /// configuration; read from the words (see <c>CallSimulationSlots</c>), not by the model. Slots phoneNumber, when, keys.
    /// </summary>
    SimulateCall,

    /// <summary>
    /// "export our configuration as PowerShell", « exporte la configuration en PowerShell »: the tenant's configuration as a
    /// MicrosoftTeams PowerShell script to download (admins); read from the words (see <c>ExportSentences</c>), not by the model.
    /// </summary>
    ExportPowerShell,

    /// <summary>
    /// "list the audio files", « supprime le fichier audio accueil.mp3 », "show hold.mp3": audio files for greetings and
    /// music on hold; read from the words (see <c>AudioFileSlots</c>), not by the model. Slots audioAction, audioName.
    /// </summary>
    AudioFiles,

    /// <summary>
    /// "sync the directory from Microsoft 365", « synchronise l’annuaire avec Microsoft 365 »: the people of a tenant
    /// connected to Microsoft 365 read from Graph into a plan, as a CSV import is (admins); read from the words (see
    /// <c>DirectorySyncSentences</c>), not by the model.
    /// </summary>
    SyncDirectory,

    /// <summary>"Sync our numbers from Microsoft 365": the connected tenant's numbers brought into the inventory (admins).</summary>
    SyncNumbers,
}

/// <summary>A recognised intent, its slots (normalised values, see <see cref="SlotNames"/>) and the language of the message.</summary>
public sealed record Intent(IntentKind Kind, IReadOnlyDictionary<string, string> Slots, string Language)
{
    /// <summary>
    /// The likeliest intents by the model, best first, when the message was not understood with enough confidence to
    /// act on (then <see cref="Kind"/> is <see cref="IntentKind.None"/>): what a "did you mean…?" card offers.
    /// </summary>
    public IReadOnlyList<IntentGuess> Guesses { get; init; } = [];

    /// <summary>True when the message asked rather than told ("is my line broken?"): nothing it leads to opens a ticket unasked.</summary>
    public bool IsQuestion { get; init; }

    /// <summary>How sure the model was of <see cref="Kind"/> (1 for an intent chosen by the person).</summary>
    public float Confidence { get; init; } = 1;

    /// <summary>The message as read (cleaned and capped); empty for an intent that did not come from text. Flows that look for
    /// the names of existing objects in it (see <c>ObjectMentions</c>) read it here.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>An intent without slots.</summary>
    public static Intent Of(IntentKind kind, string language) => new(kind, new Dictionary<string, string>(), language);
}
