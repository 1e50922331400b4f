using ChatPhone.Bot.Recognition;

namespace ChatPhone.UnitTests.Bot.Recognition;

public sealed class EnglishUtteranceTests
{
    public static TheoryData<string, IntentKind, string> Utterances => new()
    {
        { "start setup", IntentKind.StartSetup, "" },
        { "setup checklist", IntentKind.StartSetup, "" },
        { "Show me the SETUP checklist please", IntentKind.StartSetup, "" },
        { "is Phone System available in Japan?", IntentKind.CheckAvailability, "country=JP; feature=PhoneSystem" },
        { "are toll-free numbers available in the US?", IntentKind.CheckAvailability, "country=US; feature=TollFreeNumbers" },
        { "buy 10 Phone System licenses", IntentKind.BuyLicenses, "quantity=10; sku=PhoneSystem" },
        { "purchase twenty E5 licenses", IntentKind.BuyLicenses, "quantity=20; sku=E5" },
        { "give alex@contoso.com a calling plan", IntentKind.AssignLicense, "person=alex@contoso.com; sku=DomesticCallingPlan" },
        { "assign Phone System and a domestic calling plan to alex, sam and lucas", IntentKind.AssignLicensesBulk, "people=alex,sam,lucas; skus=PhoneSystem,DomesticCallingPlan" },
        { "Assign an international calling plan to Alex Martin", IntentKind.AssignLicense, "person=Alex Martin; sku=InternationalCallingPlan" },
        { "find 5 numbers in Seattle", IntentKind.SearchNumbers, "city=Seattle; country=US; quantity=5; state=WA" },
        { "find three numbers in Chicago", IntentKind.SearchNumbers, "city=Chicago; country=US; quantity=3; state=IL" },
        { "get 2 toll-free numbers for the call queue in the US", IntentKind.SearchNumbers, "country=US; numberType=CallQueueTollFree; quantity=2" },
        { "search for 4 toll free numbers for conferencing in the UK", IntentKind.SearchNumbers, "country=GB; numberType=ConferenceTollFree; quantity=4" },
        { "FIND 10 USER NUMBERS IN TEXAS", IntentKind.SearchNumbers, "country=US; numberType=UserSubscriber; quantity=10; state=TX" },
        { "port my numbers", IntentKind.PortNumbers, "" },
        { "port 20 numbers in France", IntentKind.PortNumbers, "country=FR; quantity=20" },
        { "request 3 numbers in Dallas", IntentKind.RequestNumbers, "city=Dallas; country=US; quantity=3; state=TX" },
        { "assign +1 206 555 0100 to alex@contoso.com", IntentKind.AssignNumber, "person=alex@contoso.com; phoneNumber=+12065550100" },
        { "assign (206) 555-0100 to Sam", IntentKind.AssignNumber, "person=Sam; phoneNumber=+12065550100" },
        { "assign +1 555 0100 to alex", IntentKind.AssignNumber, "person=alex" },
        { "<at>ChatPhone</at> assign +44 20 7946 0958 to <at>Sam Taylor</at>", IntentKind.AssignNumber, "person=Sam Taylor; phoneNumber=+442079460958" },
        { "give Sam the number +33 1 84 88 00 00", IntentKind.AssignNumber, "person=Sam; phoneNumber=+33184880000" },
        { "unassign +1 206 555 0100", IntentKind.UnassignNumber, "phoneNumber=+12065550100" },
        { "remove the number from alex@contoso.com", IntentKind.UnassignNumber, "person=alex@contoso.com" },
        { "release +1 206 555 0101", IntentKind.ReleaseNumber, "phoneNumber=+12065550101" },
        { "add emergency address 1 Main St, Springfield, IL 62701, US", IntentKind.AddEmergencyAddress, "address=1 Main St, Springfield, IL 62701, US; city=Springfield; country=US; houseNumber=1; postalCode=62701; state=IL; street=Main St" },
        { "list emergency addresses", IntentKind.ListAddresses, "" },
        { "set up audio conferencing", IntentKind.SetupConferencing, "" },
        { "set the PIN length to six", IntentKind.SetPinLength, "pinLength=6" },
        { "create a call queue Sales, round robin, agents Alex and Sam", IntentKind.CreateCallQueue, "name=Sales; people=Alex,Sam; routingMethod=RoundRobin" },
        { "create a call queue called Support with agents alex@contoso.com, sam@contoso.com", IntentKind.CreateCallQueue, "name=Support; people=alex@contoso.com,sam@contoso.com" },
        { "create an auto attendant Main line, open 9 to 5 Monday to Friday", IntentKind.CreateAutoAttendant, "close=17:00; days=Monday,Tuesday,Wednesday,Thursday,Friday; name=Main line; open=09:00" },
        { "add a holiday Christmas on December 25", IntentKind.AddHoliday, "date=2026-12-25; name=Christmas" },
        { "add holiday Christmas on December 26", IntentKind.AddHoliday, "date=2026-12-26; name=Christmas" },
        { "add a holiday New Year from December 31 to January 2", IntentKind.AddHoliday, "date=2026-12-31; endDate=2027-01-02; name=New Year" },
        { "create a resource account for the call queue Sales", IntentKind.CreateResourceAccount, "name=Sales; resourceType=CallQueue" },
        { "create a resource account for the call queue", IntentKind.CreateResourceAccount, "resourceType=CallQueue" },
        { "assign +1 206 555 0100 to the call queue Sales", IntentKind.AssignServiceNumber, "name=Sales; phoneNumber=+12065550100; target=CallQueue" },
        { "add $50 of communications credits", IntentKind.FundCredits, "amount=50" },
        { "what's my credits balance?", IntentKind.CreditsBalance, "" },
        { "who changed what yesterday", IntentKind.ShowAudit, "from=2026-03-09; to=2026-03-09" },
        { "list all numbers", IntentKind.ListNumbers, "" },
        { "show quotas", IntentKind.Quotas, "" },
        { "what's my number?", IntentKind.MyNumber, "" },
        { "help", IntentKind.Help, "" },
        { "the weather is nice", IntentKind.None, "" },
        { "numbers", IntentKind.None, "" },
        { "Seattle", IntentKind.None, "" },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public void Recognize_EnglishUtterance_YieldsIntentAndSlots(string text, IntentKind kind, string slots)
    {
        var intent = RecognizerFixture.Recognizer.Recognize(text, "en-US");

        Assert.Equal((kind, "en", RecognizerFixture.Describe(slots)), (intent.Kind, intent.Language, RecognizerFixture.Describe(intent.Slots)));
    }
}
