using ChatPhone.Core.Availability;
using ChatPhone.Core.CallQueues;
using ChatPhone.Core.Licensing;
using ChatPhone.Core.ResourceAccounts;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>The words people use, in English and French (folded), for licenses, features and other typed slot values.</summary>
internal static class Vocabulary
{
    public static readonly Phrases<Sku> Skus = new(
    [
        ("phone system", Sku.PhoneSystem), ("teams phone", Sku.PhoneSystem), ("systeme telephonique", Sku.PhoneSystem),
        ("calling plan", Sku.DomesticCallingPlan), ("calling plans", Sku.DomesticCallingPlan),
        ("domestic calling plan", Sku.DomesticCallingPlan), ("domestic calling plans", Sku.DomesticCallingPlan),
        ("forfait d'appels", Sku.DomesticCallingPlan), ("forfaits d'appels", Sku.DomesticCallingPlan),
        ("forfait d'appel", Sku.DomesticCallingPlan), ("forfait", Sku.DomesticCallingPlan),
        ("forfait d'appels national", Sku.DomesticCallingPlan), ("forfait national", Sku.DomesticCallingPlan),
        ("forfait d'appels nationaux", Sku.DomesticCallingPlan), ("forfaits d'appels nationaux", Sku.DomesticCallingPlan),
        ("international calling plan", Sku.InternationalCallingPlan), ("international calling plans", Sku.InternationalCallingPlan),
        ("domestic and international calling plan", Sku.InternationalCallingPlan),
        ("forfait d'appels international", Sku.InternationalCallingPlan), ("forfait international", Sku.InternationalCallingPlan),
        ("forfait d'appels internationaux", Sku.InternationalCallingPlan), ("forfaits d'appels internationaux", Sku.InternationalCallingPlan),
        ("forfait d'appels nationaux et internationaux", Sku.InternationalCallingPlan),
        ("audio conferencing", Sku.AudioConferencing), ("conference audio", Sku.AudioConferencing),
        ("conferences audio", Sku.AudioConferencing), ("audioconference", Sku.AudioConferencing),
        ("communications credits", Sku.CommunicationsCredits), ("communication credits", Sku.CommunicationsCredits),
        ("credits de communication", Sku.CommunicationsCredits),
        ("office 365 e5", Sku.E5), ("e5", Sku.E5), ("office 365 e3", Sku.E3), ("e3", Sku.E3), ("office 365 e1", Sku.E1), ("e1", Sku.E1),
        ("skype for business plan 2", Sku.SkypePlan2),
        ("resource account license", Sku.ResourceAccount), ("resource account licenses", Sku.ResourceAccount),
        ("licence de compte de ressources", Sku.ResourceAccount), ("licences de compte de ressources", Sku.ResourceAccount),
        ("teams phone resource account", Sku.ResourceAccount), ("teams phone resource accounts", Sku.ResourceAccount),
        ("teams phone resource account license", Sku.ResourceAccount), ("teams phone resource account licenses", Sku.ResourceAccount),
        ("phone system virtual user", Sku.ResourceAccount), ("phone system resource account", Sku.ResourceAccount),
        ("licence de compte de ressource", Sku.ResourceAccount), ("licences de comptes de ressources", Sku.ResourceAccount),
        ("licence teams phone compte de ressources", Sku.ResourceAccount), ("licences teams phone compte de ressources", Sku.ResourceAccount),
        ("licence teams phone pour compte de ressources", Sku.ResourceAccount),
        // The license's former name, and French phrasings that put "Teams Phone" before "for resource accounts": read
        // alone, "phone system" / "teams phone" would buy Teams Phone Standard instead of the free license.
        ("phone system   virtual user", Sku.ResourceAccount) /* "Phone System - Virtual User": hyphens fold to spaces */, ("phone system virtual users", Sku.ResourceAccount),
        ("teams phone resource account licence", Sku.ResourceAccount), ("teams phone resource account licences", Sku.ResourceAccount),
        ("licences teams phone pour comptes de ressources", Sku.ResourceAccount), ("licence teams phone pour les comptes de ressources", Sku.ResourceAccount),
        ("licences teams phone pour les comptes de ressources", Sku.ResourceAccount), ("teams phone pour comptes de ressources", Sku.ResourceAccount),
        ("compte de ressources teams phone", Sku.ResourceAccount), ("comptes de ressources teams phone", Sku.ResourceAccount),
        ("licences compte de ressources teams phone", Sku.ResourceAccount), ("licences de compte de ressources teams phone", Sku.ResourceAccount),
        // "licences compte de ressources", "licenses for resource accounts": every way of naming the free license.
        ("licence compte de ressources", Sku.ResourceAccount), ("licence comptes de ressources", Sku.ResourceAccount), ("licence compte ressource", Sku.ResourceAccount),
        ("licence comptes ressources", Sku.ResourceAccount), ("licence pour compte de ressources", Sku.ResourceAccount), ("licence pour comptes de ressources", Sku.ResourceAccount),
        ("licence pour compte ressource", Sku.ResourceAccount), ("licence pour comptes ressources", Sku.ResourceAccount), ("licence pour les compte de ressources", Sku.ResourceAccount),
        ("licence pour les comptes de ressources", Sku.ResourceAccount), ("licence pour les compte ressource", Sku.ResourceAccount), ("licence pour les comptes ressources", Sku.ResourceAccount),
        ("licence pour un compte de ressources", Sku.ResourceAccount), ("licence pour un comptes de ressources", Sku.ResourceAccount), ("licence pour un compte ressource", Sku.ResourceAccount),
        ("licence pour un comptes ressources", Sku.ResourceAccount), ("licences compte de ressources", Sku.ResourceAccount), ("licences comptes de ressources", Sku.ResourceAccount),
        ("licences compte ressource", Sku.ResourceAccount), ("licences comptes ressources", Sku.ResourceAccount), ("licences pour compte de ressources", Sku.ResourceAccount),
        ("licences pour comptes de ressources", Sku.ResourceAccount), ("licences pour compte ressource", Sku.ResourceAccount), ("licences pour comptes ressources", Sku.ResourceAccount),
        ("licences pour les compte de ressources", Sku.ResourceAccount), ("licences pour les comptes de ressources", Sku.ResourceAccount), ("licences pour les compte ressource", Sku.ResourceAccount),
        ("licences pour les comptes ressources", Sku.ResourceAccount), ("licences pour un compte de ressources", Sku.ResourceAccount), ("licences pour un comptes de ressources", Sku.ResourceAccount),
        ("licences pour un compte ressource", Sku.ResourceAccount), ("licences pour un comptes ressources", Sku.ResourceAccount), ("license for resource account", Sku.ResourceAccount),
        ("license for resource accounts", Sku.ResourceAccount), ("license for the resource account", Sku.ResourceAccount), ("license for the resource accounts", Sku.ResourceAccount),
        ("licenses for resource account", Sku.ResourceAccount), ("licenses for resource accounts", Sku.ResourceAccount), ("licenses for the resource account", Sku.ResourceAccount),
        ("licenses for the resource accounts", Sku.ResourceAccount), ("licence for resource account", Sku.ResourceAccount), ("licence for resource accounts", Sku.ResourceAccount),
        ("licence for the resource account", Sku.ResourceAccount), ("licence for the resource accounts", Sku.ResourceAccount), ("licences for resource account", Sku.ResourceAccount),
        ("licences for resource accounts", Sku.ResourceAccount), ("licences for the resource account", Sku.ResourceAccount), ("licences for the resource accounts", Sku.ResourceAccount),
    ]);

    public static readonly Phrases<AvailabilityFeature> Features = new(
    [
        ("phone system", AvailabilityFeature.PhoneSystem), ("teams phone", AvailabilityFeature.PhoneSystem),
        ("systeme telephonique", AvailabilityFeature.PhoneSystem),
        ("calling plan", AvailabilityFeature.CallingPlans), ("calling plans", AvailabilityFeature.CallingPlans),
        ("forfait d'appels", AvailabilityFeature.CallingPlans), ("forfaits d'appels", AvailabilityFeature.CallingPlans),
        ("forfaits", AvailabilityFeature.CallingPlans),
        ("audio conferencing", AvailabilityFeature.AudioConferencing), ("conference audio", AvailabilityFeature.AudioConferencing),
        ("conferences audio", AvailabilityFeature.AudioConferencing), ("audioconference", AvailabilityFeature.AudioConferencing),
        ("toll free numbers", AvailabilityFeature.TollFreeNumbers), ("toll free", AvailabilityFeature.TollFreeNumbers),
        ("numeros gratuits", AvailabilityFeature.TollFreeNumbers), ("numeros verts", AvailabilityFeature.TollFreeNumbers),
        ("numeros sans frais", AvailabilityFeature.TollFreeNumbers),
        ("toll numbers", AvailabilityFeature.TollNumbers), ("numeros payants", AvailabilityFeature.TollNumbers),
        ("numeros a peage", AvailabilityFeature.TollNumbers),
        ("communications credits", AvailabilityFeature.CommunicationsCredits), ("communication credits", AvailabilityFeature.CommunicationsCredits),
        ("credits de communication", AvailabilityFeature.CommunicationsCredits),
    ]);

    public static readonly Phrases<RoutingMethod> Routing = new(
    [
        ("round robin", RoutingMethod.RoundRobin), ("tourniquet", RoutingMethod.RoundRobin), ("a tour de role", RoutingMethod.RoundRobin),
        ("chacun son tour", RoutingMethod.RoundRobin), ("round-robin", RoutingMethod.RoundRobin), ("distribution circulaire", RoutingMethod.RoundRobin),
        ("circulaire", RoutingMethod.RoundRobin), ("en rotation", RoutingMethod.RoundRobin), ("tour a tour", RoutingMethod.RoundRobin),
        ("take turns", RoutingMethod.RoundRobin),
        ("attendant routing", RoutingMethod.Attendant), ("all at once", RoutingMethod.Attendant), ("parallel", RoutingMethod.Attendant),
        ("simultane", RoutingMethod.Attendant), ("en parallele", RoutingMethod.Attendant), ("tous en meme temps", RoutingMethod.Attendant),
        ("serial", RoutingMethod.Serial), ("one after another", RoutingMethod.Serial), ("en serie", RoutingMethod.Serial),
        ("sequentiel", RoutingMethod.Serial), ("l'un apres l'autre", RoutingMethod.Serial), ("sequentielle", RoutingMethod.Serial),
        ("dans l'ordre", RoutingMethod.Serial),
        ("longest idle", RoutingMethod.LongestIdle), ("inactif le plus longtemps", RoutingMethod.LongestIdle),
        ("plus longue inactivite", RoutingMethod.LongestIdle), ("inactif depuis le plus longtemps", RoutingMethod.LongestIdle),
        ("le plus longtemps inactif", RoutingMethod.LongestIdle), ("idle longest", RoutingMethod.LongestIdle),
    ]);

    /// <summary>What a service number or a resource account serves.</summary>
    public static readonly Phrases<string> ServiceTargets = new(
    [
        ("call queue", nameof(ResourceAccountKind.CallQueue)), ("file d'attente", nameof(ResourceAccountKind.CallQueue)),
        ("file d'appels", nameof(ResourceAccountKind.CallQueue)),
        ("auto attendant", nameof(ResourceAccountKind.AutoAttendant)), ("autoattendant", nameof(ResourceAccountKind.AutoAttendant)),
        ("standard automatique", nameof(ResourceAccountKind.AutoAttendant)), ("standardiste automatique", nameof(ResourceAccountKind.AutoAttendant)),
        ("resource account", "ResourceAccount"), ("compte de ressources", "ResourceAccount"), ("compte de ressource", "ResourceAccount"),
        ("conference bridge", "ConferenceBridge"), ("audio conferencing", "ConferenceBridge"), ("conferencing", "ConferenceBridge"),
        ("bridge", "ConferenceBridge"), ("pont de conference", "ConferenceBridge"), ("pont", "ConferenceBridge"),
        ("conference audio", "ConferenceBridge"), ("conferences", "ConferenceBridge"),
    ]);

    /// <summary>"toll-free" (true) or "toll" (false).</summary>
    public static readonly Phrases<bool> Toll = new(
    [
        ("toll free", true), ("tollfree", true), ("free phone", true), ("freephone", true), ("gratuit", true), ("gratuits", true),
        ("vert", true), ("verts", true), ("sans frais", true),
        ("toll", false), ("payant", false), ("payants", false), ("a peage", false), ("geographique", false), ("geographiques", false),
    ]);

    /// <summary>User numbers, as opposed to service numbers.</summary>
    public static readonly Phrases<bool> UserNumbers = new(
    [
        ("user", true), ("users", true), ("user numbers", true), ("utilisateur", true), ("utilisateurs", true), ("subscriber", true),
    ]);
}
