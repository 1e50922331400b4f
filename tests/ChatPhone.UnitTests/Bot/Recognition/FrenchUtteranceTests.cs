using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

public sealed class FrenchUtteranceTests
{
    public static TheoryData<string, IntentKind, string> Utterances => new()
    {
        { "configurer le système téléphonique", IntentKind.StartSetup, "" },
        { "démarrer la configuration", IntentKind.StartSetup, "" },
        { "affiche la liste de contrôle", IntentKind.StartSetup, "" },
        { "les forfaits d'appels sont-ils disponibles en France ?", IntentKind.CheckAvailability, "country=FR; feature=CallingPlans" },
        { "Phone System est-il disponible au Japon ?", IntentKind.CheckAvailability, "country=JP; feature=PhoneSystem" },
        { "les numéros gratuits sont-ils disponibles aux États-Unis ?", IntentKind.CheckAvailability, "country=US; feature=TollFreeNumbers" },
        { "achète 10 licences Phone System", IntentKind.BuyLicenses, "quantity=10; sku=PhoneSystem" },
        { "acheter cinq licences E5", IntentKind.BuyLicenses, "quantity=5; sku=E5" },
        { "achete 3 licences de conférence audio", IntentKind.BuyLicenses, "quantity=3; sku=AudioConferencing" },
        { "attribue Phone System à Camille", IntentKind.AssignLicense, "person=Camille; sku=PhoneSystem" },
        { "donne un forfait d'appels à lucas@contoso.com", IntentKind.AssignLicense, "person=lucas@contoso.com; sku=DomesticCallingPlan" },
        { "attribue Phone System et un forfait d'appels national à Alex, Sam et Lucas", IntentKind.AssignLicensesBulk, "people=Alex,Sam,Lucas; skus=PhoneSystem,DomesticCallingPlan" },
        { "trouve trois numéros à Lyon", IntentKind.SearchNumbers, "city=Lyon; country=FR; quantity=3; state=ARA" },
        { "trouve 2 numeros a Paris", IntentKind.SearchNumbers, "city=Paris; country=FR; quantity=2; state=IDF" },
        { "cherche deux numéros gratuits pour la file d'attente en France", IntentKind.SearchNumbers, "country=FR; numberType=CallQueueTollFree; quantity=2" },
        { "TROUVE 4 NUMÉROS À MARSEILLE", IntentKind.SearchNumbers, "city=Marseille; country=FR; quantity=4; state=PAC" },
        { "<at>ChatPhone</at> trouve cinq numéros à Paris", IntentKind.SearchNumbers, "city=Paris; country=FR; quantity=5; state=IDF" },
        { "transférer mes numéros", IntentKind.PortNumbers, "" },
        { "transférer 15 numéros en France", IntentKind.PortNumbers, "country=FR; quantity=15" },
        { "demande 10 numéros à Lyon", IntentKind.RequestNumbers, "city=Lyon; country=FR; quantity=10; state=ARA" },
        { "attribue le 01 84 88 00 00 à Lucas", IntentKind.AssignNumber, "person=Lucas; phoneNumber=+33184880000" },
        { "attribue le +33 1 84 88 00 00 à camille@contoso.com", IntentKind.AssignNumber, "person=camille@contoso.com; phoneNumber=+33184880000" },
        { "attribue le numéro 01 84 88 00 à Lucas", IntentKind.AssignNumber, "person=Lucas" },
        { "retire le numéro de Lucas", IntentKind.UnassignNumber, "person=Lucas" },
        { "libère le +33 1 84 88 00 01", IntentKind.ReleaseNumber, "phoneNumber=+33184880001" },
        { "ajoute l'adresse d'urgence 10 rue de la Paix, 75002 Paris, France", IntentKind.AddEmergencyAddress, "address=10 rue de la Paix, 75002 Paris, France; city=Paris; country=FR; houseNumber=10; postalCode=75002; street=rue de la Paix" },
        { "affiche les adresses d'urgence", IntentKind.ListAddresses, "" },
        { "configure la conférence audio", IntentKind.SetupConferencing, "" },
        { "règle la longueur du code PIN à 6", IntentKind.SetPinLength, "pinLength=6" },
        { "regle la longueur du code pin a huit", IntentKind.SetPinLength, "pinLength=8" },
        { "crée une file d'attente Ventes, tourniquet, agents Alex et Sam", IntentKind.CreateCallQueue, "name=Ventes; people=Alex,Sam; routingMethod=RoundRobin" },
        { "crée un standard automatique Accueil, ouvert de 9h à 17h du lundi au vendredi", IntentKind.CreateAutoAttendant, "close=17:00; days=Monday,Tuesday,Wednesday,Thursday,Friday; name=Accueil; open=09:00" },
        { "ajoute un jour férié Noël le 25 décembre", IntentKind.AddHoliday, "date=2026-12-25; name=Noël" },
        { "crée un compte de ressources pour le standard automatique", IntentKind.CreateResourceAccount, "resourceType=AutoAttendant" },
        { "crée un compte de ressource pour le standard automatique Accueil", IntentKind.CreateResourceAccount, "name=Accueil; resourceType=AutoAttendant" },
        { "crée un standard Accueil", IntentKind.CreateAutoAttendant, "name=Accueil" },
        { "ajoute un jour férié Nouvel an du 31 décembre au 2 janvier", IntentKind.AddHoliday, "date=2026-12-31; endDate=2027-01-02; name=Nouvel an" },
        { "attribue le +33 1 84 88 00 02 à la file d'attente Ventes", IntentKind.AssignServiceNumber, "name=Ventes; phoneNumber=+33184880002; target=CallQueue" },
        { "ajoute 50 € de crédits de communication", IntentKind.FundCredits, "amount=50; currency=EUR" },
        { "ajoute cinquante euros de crédits", IntentKind.FundCredits, "amount=50; currency=EUR" },
        { "quel est le solde de crédits ?", IntentKind.CreditsBalance, "" },
        { "qui a modifié quoi hier", IntentKind.ShowAudit, "from=2026-03-09; to=2026-03-09" },
        { "liste tous les numéros", IntentKind.ListNumbers, "" },
        { "affiche les quotas", IntentKind.Quotas, "" },
        { "quel est mon numéro ?", IntentKind.MyNumber, "" },
        { "je ne peux pas appeler", IntentKind.ReportProblem, "symptom=CannotCallOut" },
        { "je n'arrive pas à appeler l'extérieur", IntentKind.ReportProblem, "symptom=CannotCallOut" },
        { "mes appels ne passent pas", IntentKind.ReportProblem, "symptom=CannotCallOut" },
        { "je ne reçois pas d'appels", IntentKind.ReportProblem, "symptom=CannotReceiveCalls" },
        { "on ne peut pas me joindre", IntentKind.ReportProblem, "symptom=CannotReceiveCalls" },
        { "mon téléphone ne sonne plus", IntentKind.ReportProblem, "symptom=CannotReceiveCalls" },
        { "on ne peut pas rejoindre ma réunion par téléphone", IntentKind.ReportProblem, "symptom=MeetingDialIn" },
        { "mon numéro n'apparaît pas dans Teams", IntentKind.ReportProblem, "symptom=NumberNotShown" },
        { "je n'ai pas de numéro", IntentKind.ReportProblem, "symptom=NumberNotShown" },
        { "je ne reçois pas les appels de la file d'attente Ventes", IntentKind.ReportProblem, "queue=Ventes; symptom=QueueCalls" },
        { "les appels d'urgence ne fonctionnent pas", IntentKind.ReportProblem, "symptom=EmergencyCalling" },
        { "j'ai un problème avec mon téléphone", IntentKind.ReportProblem, "symptom=General" },
        { "la file d'attente Service Client ne sonne pas chez moi", IntentKind.ReportProblem, "queue=Service Client; symptom=QueueCalls" },
        { "les participants ne peuvent pas appeler ma réunion", IntentKind.ReportProblem, "symptom=MeetingDialIn" },
        { "mon adresse d'urgence est fausse", IntentKind.ReportProblem, "symptom=EmergencyCalling" },
        { "vérifie la ligne téléphonique de Lucas Bernard", IntentKind.CheckPhoneSetup, "person=Lucas Bernard" },
        { "vérifie la configuration téléphonique d'Alex", IntentKind.CheckPhoneSetup, "person=Alex" },
        { "pourquoi Lucas ne reçoit pas d'appels ?", IntentKind.CheckPhoneSetup, "person=Lucas; symptom=CannotReceiveCalls" },
        { "Chloé ne peut pas appeler", IntentKind.CheckPhoneSetup, "person=Chloé; symptom=CannotCallOut" },
        { "diagnostique la ligne de Sam", IntentKind.CheckPhoneSetup, "person=Sam" },
        { "quelle est mon adresse d'urgence ?", IntentKind.MyEmergencyAddress, "" },
        { "quelles sont mes licences ?", IntentKind.MyLicenses, "" },
        { "ai-je un forfait d'appels ?", IntentKind.MyLicenses, "" },
        { "combien de minutes me reste-t-il ?", IntentKind.MyLicenses, "" },
        { "quels sont mes numéros d'accès aux réunions ?", IntentKind.MyDialIn, "" },
        { "quel est mon numéro de conférence ?", IntentKind.MyDialIn, "" },
        { "utilise ce canal pour les tickets du support", IntentKind.UseHelpdeskChannel, "" },
        { "envoie les tickets ici", IntentKind.UseHelpdeskChannel, "" },
        { "tickets ouverts", IntentKind.ListTickets, "" },
        { "affiche les tickets en cours", IntentKind.ListTickets, "" },
        { "vérifie la configuration du système téléphonique", IntentKind.StartSetup, "" },
        { "aide", IntentKind.Help, "" },
        { "annuler", IntentKind.Cancel, "" },
        { "je ne sais pas quoi faire", IntentKind.None, "" },
        { "des numéros", IntentKind.None, "" },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Recognize_FrenchUtterance_YieldsIntentAndSlots(string text, IntentKind kind, string slots)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, "fr-FR");

        Assert.Equal((kind, "fr", RecognizerFixture.Describe(slots)), (intent.Kind, intent.Language, RecognizerFixture.Describe(intent.Slots)));
    }
}
