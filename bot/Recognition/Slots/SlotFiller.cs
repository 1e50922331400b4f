using System.Text.RegularExpressions;

namespace ChatPhone.Bot.Recognition.Slots;

/// <summary>Reads the slots of each intent. Typed slots are read first so their words are not taken for names or quantities.</summary>
internal static partial class SlotFiller
{
    // The intents that take no slots: nothing is read from their sentences.
    private static readonly HashSet<IntentKind> WithoutSlots =
    [
        IntentKind.None, IntentKind.Help, IntentKind.Cancel, IntentKind.Greeting, IntentKind.Thanks, IntentKind.Goodbye,
        IntentKind.AboutBot, IntentKind.MyNumber, IntentKind.MyEmergencyAddress, IntentKind.MyLicenses, IntentKind.MyDialIn,
        IntentKind.UseHelpdeskChannel, IntentKind.ListTickets, IntentKind.ShowOrganisationProfile, IntentKind.Undo,
        IntentKind.TenantSummary,
    ];

    /// <summary>True when <paramref name="kind"/> has slots to read.</summary>
    public static bool HasSlots(IntentKind kind) => !WithoutSlots.Contains(kind);

    /// <summary>Fills the slots of <paramref name="kind"/>; returns the final kind (several people make an assignment bulk).</summary>
    public static IntentKind Fill(IntentKind kind, SlotContext context)
    {
        switch (kind)
        {
            case IntentKind.SimulateCall:
                CallSimulationSlots.Fill(context);
                break;
            case IntentKind.AudioFiles:
                AudioFileSlots.Fill(context);
                break;
            case IntentKind.CheckAvailability:
                TypedSlots.FillFeature(context);
                context.Set(SlotNames.Country, PlaceSlots.FindCountry(context) ?? PlaceSlots.FindCountry(context, anywhere: true));
                break;
            case IntentKind.BuyLicenses:
                TypedSlots.FillSkusAndQuantities(context);
                break;
            case IntentKind.AssignLicense or IntentKind.AssignLicensesBulk:
                TypedSlots.FillSkus(context);
                return PeopleSlots.Fill(context) > 1 ? IntentKind.AssignLicensesBulk : IntentKind.AssignLicense;
            case IntentKind.SearchNumbers or IntentKind.RequestNumbers:
                TypedSlots.FillNumberType(context);
                PlaceSlots.Fill(context);
                if (kind == IntentKind.RequestNumbers)
                {
                    RequestPlaceSlots.FillCity(context);
                }

                SetNumber(context, SlotNames.Quantity);
                break;
            case IntentKind.PortNumbers:
                PlaceSlots.Fill(context);
                SetNumber(context, SlotNames.Quantity);
                break;
            case IntentKind.AssignNumber or IntentKind.UnassignNumber or IntentKind.ReleaseNumber:
                FillNumbers(context, kind != IntentKind.ReleaseNumber);
                break;
            case IntentKind.AssignServiceNumber:
                SetPhones(context, PlaceSlots.FindCountry(context));
                context.Set(SlotNames.Target, TypedSlots.Target(context));
                NameSlots.Fill(context, ServiceThing());
                break;
            case IntentKind.AddEmergencyAddress:
                AddressSlots.Fill(context);
                break;
            case IntentKind.ListAddresses:
                context.Set(SlotNames.Country, PlaceSlots.FindCountry(context));
                break;
            case IntentKind.ListNumbers:
                context.Set(SlotNames.Country, PlaceSlots.FindCountry(context));
                TypedSlots.FillNumberType(context);
                if (Unassigned().IsMatch(context.Folded))
                {
                    context.Set(SlotNames.Status, "Unassigned");
                }

                break;
            case IntentKind.SetOrganisationProfile:
                ProfileSlots.Fill(context);
                break;
            case IntentKind.SetPinLength:
                SetNumber(context, SlotNames.PinLength);
                break;
            case IntentKind.CreateCallQueue:
                FillCallQueue(context);
                break;
            case IntentKind.CreateAutoAttendant:
                NameSlots.Fill(context, AutoAttendantThing());
                DateSlots.FillHours(context);
                break;
            case IntentKind.AddHoliday:
                NameSlots.Fill(context, HolidayThing());
                DateSlots.FillDate(context, SlotNames.Date, SlotNames.EndDate, preferFuture: true);
                break;
            case IntentKind.CreateResourceAccount:
                FillResourceAccount(context);
                break;
            case IntentKind.FundCredits:
                MoneySlots.FillFunding(context);
                break;
            case IntentKind.SetAutoRecharge:
                MoneySlots.FillAutoRecharge(context);
                break;
            case IntentKind.AddQueueAgents:
                QueueSlots.FillAgents(context);
                break;
            case IntentKind.ListLicenses:
                TypedSlots.FillSkus(context);
                break;
            case IntentKind.ReportProblem:
                return ProblemSlots.FillReport(context);
            case IntentKind.CheckPhoneSetup:
                ProblemSlots.FillCheck(context);
                break;
            case IntentKind.ShowAudit:
                DateSlots.FillDate(context, SlotNames.From, SlotNames.To, preferFuture: false, endOfDay: true);
                break;
            case IntentKind.RemoveLicense:
                TypedSlots.FillSkus(context);
                PeopleSlots.Fill(context);
                break;
            case IntentKind.ListObjects or IntentKind.ShowObject or IntentKind.ChangeObject or IntentKind.RemoveObject:
                ObjectSlots.Fill(context);
                break;
            case IntentKind.SetEmergencyLocation:
                // Numbers here; the people and the address or location are found by the flow among those that exist.
                SetPhones(context, PlaceSlots.FindCountry(context));
                break;
            case IntentKind.AddEmergencyLocation:
                // Nothing to read: the flow finds the address among those that exist, and the location's name around it.
                break;
        }

        return kind;
    }

    private static void FillNumbers(SlotContext context, bool withPerson)
    {
        var country = PlaceSlots.FindCountry(context);
        context.Set(SlotNames.Country, country);
        SetPhones(context, country);
        if (withPerson)
        {
            PeopleSlots.Fill(context);
        }
    }

    private static void SetPhones(SlotContext context, string? country) =>
        context.Set(SlotNames.PhoneNumber, string.Join(",", PhoneSlots.FindAll(context, country)));

    private static void FillCallQueue(SlotContext context)
    {
        TypedSlots.FillRouting(context);
        NameSlots.Fill(context, CallQueueThing());
        if (Agents().Match(context.Folded) is { Success: true } agents)
        {
            PeopleSlots.Fill(context, agents.Index + agents.Length);
        }
    }

    private static void FillResourceAccount(SlotContext context)
    {
        var upn = context.Run(context.Models.Email.Parse, context.Text).FirstOrDefault();
        if (upn is not null)
        {
            context.Set(SlotNames.Upn, context.Text.Substring(upn.Start, upn.End - upn.Start + 1));
            context.Use(upn.Start, upn.End - upn.Start + 1);
        }

        var served = Vocabulary.ServiceTargets.FindAll(context.Folded).FirstOrDefault(t => t.Value is "CallQueue" or "AutoAttendant");
        context.Set(SlotNames.ResourceType, served.Value);
        NameSlots.Fill(context, ResourceAccountThing());
        if (!context.Slots.ContainsKey(SlotNames.Name))
        {
            // "a resource account for the call queue Sales": the account takes the name of what it serves.
            NameSlots.Fill(context, VoiceAppThing());
        }

        if (context.Slots.TryGetValue(SlotNames.Name, out var name) && name.Contains('@'))
        {
            context.Slots.Remove(SlotNames.Name);
        }
    }

    private static void SetNumber(SlotContext context, string slot)
    {
        if (NumberSlots.First(context) is { } value)
        {
            context.Set(slot, value);
        }
    }

    [GeneratedRegex(@"\b(unassigned|not (yet )?assigned|free|spare|unused|available|idle|non (encore )?(attribue|assigne|affecte)e?s?|pas (encore )?(attribue|assigne|affecte)e?s?|libres?|disponibles?|inutilises?)\b", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Unassigned();

    [GeneratedRegex(@"\b(agents?|members?|with|avec|membres?)\b\s*:?", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Agents();

    [GeneratedRegex(@"\b(call queues?|files? d'attente|files? d'appels)\b\s*", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex CallQueueThing();

    [GeneratedRegex(@"\b(auto ?attendants?|standards? automatiques?|standardistes? automatiques?|accueil automatique|standard)\b\s*", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AutoAttendantThing();

    [GeneratedRegex(@"\b(call queue|auto ?attendant|file d'attente|standard automatique)\b\s*", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex VoiceAppThing();

    [GeneratedRegex(@"\b(holidays?|jours? feries?|feries?|fermeture)\b\s*", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex HolidayThing();

    [GeneratedRegex(@"\b(resource accounts?|comptes? de ressources?|comptes? ressources?)\b\s*", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ResourceAccountThing();

    [GeneratedRegex(@"\b(call queue|auto ?attendant|resource account|file d'attente|standard automatique|compte de ressources?)\b\s*", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ServiceThing();
}
