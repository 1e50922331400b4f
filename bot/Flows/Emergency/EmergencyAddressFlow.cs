using System.Text;
using System.Text.Json;
using ChatPhone.Bot.Flows.Common;
using ChatPhone.Bot.Recognition;
using ChatPhone.Cards.Actions;
using ChatPhone.Cards.Common;
using ChatPhone.Cards.Emergency;
using ChatPhone.Core.Common;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Emergency.Gazetteer;
using ChatPhone.Core.Emergency.Parsing;
using ChatPhone.Core.Tenants;
using Error = ChatPhone.Core.Common.Error;

namespace ChatPhone.Bot.Flows.Emergency;

/// <summary>
/// Step 5a by chat: "add emergency address Fabrikam Seattle office, 400 Broad St, Seattle, WA 98109, US" sends the
/// address form prefilled with what was typed (parsed in the order of its country; the label becomes the description);
/// its Submit creates and validates the address once and answers with the validation outcome, and an example address of
/// the country when it is not valid. "list emergency addresses" answers directly.
/// </summary>
public sealed class EmergencyAddressFlow(EmergencyService emergency, ProfileService profiles) : IIntentFlow, IActionFlow
{
    private const string KeySlot = "_planKey";

    // Street types written after the street name (US/UK/CA style): "Main St" is StreetName Main, StreetSuffix St.
    private static readonly HashSet<string> StreetSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Rd.", "Road", "Blvd", "Boulevard", "Dr", "Drive",
        "Ln", "Lane", "Way", "Ct", "Court", "Pl", "Place", "Pkwy", "Parkway", "Hwy", "Highway", "Ter", "Terrace",
        "Cir", "Circle", "Sq", "Square",
    };

    /// <summary>The name stored as the pending flow while the form waits.</summary>
    public const string Name = "emergency.address";

    /// <inheritdoc />
    public IReadOnlyCollection<IntentKind> Intents { get; } = [IntentKind.AddEmergencyAddress, IntentKind.ListAddresses];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Verbs { get; } = [SubmitAddressPayload.Verb];

    /// <inheritdoc />
    public Task RunAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken) =>
        intent.Kind == IntentKind.ListAddresses ? ListAsync(turn, cancellationToken) : FormAsync(turn, intent, cancellationToken);

    /// <inheritdoc />
    public async Task<ActionResult> RunAsync(FlowTurn turn, string verb, JsonElement data, CancellationToken cancellationToken)
    {
        var payload = CardPayloads.Read<SubmitAddressPayload>(data);
        return payload.IsSuccess ? await SubmitAsync(turn, payload.Value, data, cancellationToken) : ActionRouter.Failed(turn, payload.Error);
    }

    /// <summary>Sends the address form, prefilled from the message.</summary>
    public async Task FormAsync(FlowTurn turn, Intent intent, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        if (!turn.Actor.IsAdmin)
        {
            await turn.SendTextAsync(new Error("auth.admin_required").Describe(language), cancellationToken);
            return;
        }

        var slots = intent.Slots;
        var profile = await profiles.GetAsync(turn.Actor.Tenant, cancellationToken);
        var tenantCountry = profile.IsSuccess ? profile.Value.Country : null;
        if (slots.GetValueOrDefault(SlotNames.Street) is null && slots.GetValueOrDefault(SlotNames.City) is null && slots.GetValueOrDefault(SlotNames.Address) is null)
        {
            var country = slots.GetValueOrDefault(SlotNames.Country) ?? tenantCountry;
            await turn.SendTextAsync(BotText.Get(language, "Geo_AddressHow", Example(country, language)), cancellationToken);
            return;
        }

        await turn.SendTextAsync(BotText.Get(language, "Emergency_CheckForm"), cancellationToken);
        await SendFormAsync(turn, Draft(await CompanyNameAsync(turn, cancellationToken), slots, tenantCountry), cancellationToken);
    }

    /// <summary>Sends the address form (empty, or prefilled with <paramref name="draft"/>); its Submit is this flow's.</summary>
    public async Task SendFormAsync(FlowTurn turn, AddressFields? draft, CancellationToken cancellationToken)
    {
        if (draft is null)
        {
            var profile = await profiles.GetAsync(turn.Actor.Tenant, cancellationToken);
            draft = new AddressFields(profile.IsSuccess ? profile.Value.NameOr(turn.Actor.Tenant.Value) : turn.Actor.Tenant.Value, profile.IsSuccess ? profile.Value.Country ?? string.Empty : string.Empty);
        }

        var (planId, key) = PendingPlans.Start(turn.State, Name, new Dictionary<string, string>());
        await turn.SendCardAsync(AddressFormCard.Build(draft, planId, key, turn.Language), cancellationToken);
    }

    /// <summary>The form's Submit: adds the address once for the form's key, unless the form is out of date.</summary>
    public async Task<ActionResult> SubmitAsync(FlowTurn turn, SubmitAddressPayload payload, JsonElement data, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var pending = PendingPlans.Find(turn.State, Name, payload.PlanId);
        if (pending is null || pending.GetValueOrDefault(KeySlot) != payload.IdempotencyKey)
        {
            return new ActionResult(BotText.Get(language, "Emergency_FormNotCurrent"));
        }

        var key = IdempotencyKey.TryCreate(payload.IdempotencyKey);
        if (!key.IsSuccess)
        {
            return new ActionResult(key.Error.Describe(language));
        }

        string? In(string id) => CardInputs.Value(data, id);
        var fields = new AddressFields(
            In(AddressInputs.CompanyName) ?? string.Empty,
            In(AddressInputs.Country)?.ToUpperInvariant() ?? string.Empty,
            HouseNumber: In(AddressInputs.HouseNumber),
            HouseNumberSuffix: In(AddressInputs.HouseNumberSuffix),
            StreetName: In(AddressInputs.StreetName),
            StreetSuffix: In(AddressInputs.StreetSuffix),
            City: In(AddressInputs.City),
            StateOrProvince: In(AddressInputs.StateOrProvince),
            PostalCode: In(AddressInputs.PostalCode),
            Latitude: In(AddressInputs.Latitude),
            Longitude: In(AddressInputs.Longitude),
            Description: In(AddressInputs.Description));
        var added = await emergency.AddAddressAsync(new AddAddress(turn.Actor, key.Value, fields), cancellationToken);
        if (!added.IsSuccess)
        {
            // Nothing was stored: the form stays current so the admin can fix it and submit again.
            var message = BotText.Get(language, "Emergency_FixAndResubmit", added.Error.Describe(language));
            if (added.Error.Code.StartsWith("emergency.problem.", StringComparison.Ordinal))
            {
                message += "\n" + BotText.Get(language, "Geo_ExampleFor", Example(fields.Country, language));
            }

            return new ActionResult(message);
        }

        PendingPlans.End(turn.State);
        var address = added.Value.Address;
        var text = BotText.Get(language, "Emergency_AddressAdded", StatusText(address.Status, language), address.OneLine());
        if (address.Status == ValidationStatus.Invalid)
        {
            text += "\n" + BotText.Get(language, "Geo_ExampleFor", Example(address.Country, language));
        }

        return new ActionResult(text, AddressResultCard.Build(added.Value, language));
    }

    /// <summary>Lists the tenant's addresses with their status.</summary>
    public async Task ListAsync(FlowTurn turn, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var addresses = await emergency.ListAddressesAsync(turn.Actor, null, cancellationToken);
        if (!addresses.IsSuccess)
        {
            await turn.SendTextAsync(addresses.Error.Describe(language), cancellationToken);
            return;
        }

        if (addresses.Value.Count == 0)
        {
            var profile = await profiles.GetAsync(turn.Actor.Tenant, cancellationToken);
            await turn.SendTextAsync(BotText.Get(language, "Geo_NoAddresses", Example(profile.IsSuccess ? profile.Value.Country : null, language)), cancellationToken);
            return;
        }

        var text = new StringBuilder(BotText.Get(language, "Emergency_AddressesTitle", addresses.Value.Count));
        foreach (var address in addresses.Value)
        {
            text.Append('\n').Append(BotText.Get(language, "Emergency_AddressLine",
                address.CompanyName, address.OneLine(), StatusText(address.Status, language), address.Locations.Count));
        }

        await turn.SendTextAsync(text.ToString(), cancellationToken);
    }

    /// <summary>
    /// The draft shown in the form: the typed address split into civic fields by <see cref="AddressParser"/> (the country
    /// named in it, else <paramref name="defaultCountry"/>), its label as the description; the company is the organisation's name.
    /// </summary>
    public static AddressFields Draft(string companyName, IReadOnlyDictionary<string, string> slots, string? defaultCountry = null)
    {
        if (slots.GetValueOrDefault(SlotNames.Address) is { } raw
            && AddressParser.Default.Parse(raw, slots.GetValueOrDefault(SlotNames.Country) ?? defaultCountry) is { } parsed
            && (parsed.Street is not null || parsed.City is not null))
        {
            var (name, suffix) = SplitStreet(parsed.Street);
            return new AddressFields(
                companyName,
                parsed.Country ?? string.Empty,
                HouseNumber: parsed.HouseNumber,
                StreetName: name,
                StreetSuffix: suffix,
                City: parsed.City,
                StateOrProvince: parsed.State,
                PostalCode: parsed.PostalCode,
                Description: parsed.Label);
        }

        var (streetName, streetSuffix) = SplitStreet(slots.GetValueOrDefault(SlotNames.Street));
        return new AddressFields(
            companyName,
            slots.GetValueOrDefault(SlotNames.Country)?.ToUpperInvariant() ?? string.Empty,
            HouseNumber: slots.GetValueOrDefault(SlotNames.HouseNumber),
            StreetName: streetName,
            StreetSuffix: streetSuffix,
            City: slots.GetValueOrDefault(SlotNames.City),
            StateOrProvince: slots.GetValueOrDefault(SlotNames.State),
            PostalCode: slots.GetValueOrDefault(SlotNames.PostalCode));
    }

    // The organisation's name from its profile; the tenant id only while no admin has given one.
    private async Task<string> CompanyNameAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        await profiles.DisplayNameAsync(turn.Actor.Tenant, cancellationToken);

    /// <summary>"Main St" → ("Main", "St"); "rue de Rivoli" → ("rue de Rivoli", null).</summary>
    public static (string? Name, string? Suffix) SplitStreet(string? street)
    {
        var text = street?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        var last = text.LastIndexOf(' ');
        return last > 0 && StreetSuffixes.Contains(text[(last + 1)..])
            ? (text[..last].TrimEnd(), text[(last + 1)..].TrimEnd('.'))
            : (text, null);
    }

    /// <summary>A real address of <paramref name="country"/> on one line; without a country, the US one in English and the French one in French.</summary>
    internal static string Example(string? country, Language language) =>
        SampleAddresses.For(country, language == Language.French)
            ?? SampleAddresses.For(language == Language.French ? "FR" : "US")!;

    private static string StatusText(ValidationStatus status, Language language) =>
        BotText.Get(language, "Emergency_Status_" + status.ToString());
}
