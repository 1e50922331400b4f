using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency.Validation;
using ChatPhone.Core.Numbers;
using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.Core.Emergency;

/// <summary>
/// Emergency addresses and locations (reference steps 5a–5d): create and validate, edit before
/// validation only, delete and remove locations only when nothing uses them.
/// </summary>
public sealed partial class EmergencyService(CommandRunner runner, AddressValidator? validator = null)
{
    /// <summary>The name given to the location every address starts with.</summary>
    public const string DefaultLocationName = "Default";

    /// <summary>Longest accepted text field.</summary>
    public const int MaxFieldLength = 200;

    /// <summary>Creates, validates and stores an address with its default location.</summary>
    public Task<Result<AddressOutcome>> AddAddressAsync(AddAddress command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Emergency.AddressAdd, Role.Admin,
            _ => { },
            context => Add(command, context),
            EmergencyJson.Default.AddressOutcome,
            cancellationToken);

    /// <summary>Validates again an address that is NotValidated or Invalid.</summary>
    public Task<Result<AddressOutcome>> ValidateAddressAsync(ValidateAddress command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Emergency.AddressValidate, Role.Admin,
            reads => reads.One(EmergencyCollections.Addresses, command.AddressId),
            context =>
            {
                if (context.Find(EmergencyCollections.Addresses, command.AddressId) is not { } address)
                {
                    return new Error("emergency.address_not_found", command.AddressId);
                }

                if (address.IsValidated)
                {
                    return new Error("emergency.address_already_validated", address.OneLine());
                }

                return Store(context, address, AddressFields.From(address));
            },
            EmergencyJson.Default.AddressOutcome,
            cancellationToken);

    /// <summary>Replaces the fields of an address not yet validated, in a country where editing is allowed, and validates again.</summary>
    public Task<Result<AddressOutcome>> EditAddressAsync(EditAddress command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Emergency.AddressEdit, Role.Admin,
            reads => reads.One(EmergencyCollections.Addresses, command.AddressId),
            context =>
            {
                if (context.Find(EmergencyCollections.Addresses, command.AddressId) is not { } address)
                {
                    return new Error("emergency.address_not_found", command.AddressId);
                }

                if (address.IsValidated)
                {
                    return new Error("emergency.address_validated_immutable", address.OneLine());
                }

                if (Refusal(command.Fields) is { } refused)
                {
                    return refused;
                }

                var country = command.Fields.Country.Trim().ToUpperInvariant();
                foreach (var c in new[] { address.Country, country })
                {
                    if (!EmergencyRegions.IsEditable(c))
                    {
                        return new Error("emergency.address_edit_country_unsupported", c);
                    }
                }

                return Store(context, address, command.Fields);
            },
            EmergencyJson.Default.AddressOutcome,
            cancellationToken);

    /// <summary>Deletes an address (and its locations) that no number and no open port order uses.</summary>
    public Task<Result<AddressDeleted>> DeleteAddressAsync(DeleteAddress command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Emergency.AddressDelete, Role.Admin,
            reads => reads.One(EmergencyCollections.Addresses, command.AddressId).All(NumberCollections.Numbers).All(PortingCollections.Orders),
            context =>
            {
                if (context.Find(EmergencyCollections.Addresses, command.AddressId) is not { } address)
                {
                    return new Error("emergency.address_not_found", command.AddressId);
                }

                var locations = address.Locations.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
                var numbers = context.All(NumberCollections.Numbers).Values.Count(n => n.LocationId is { } id && locations.Contains(id));
                if (numbers > 0)
                {
                    return new Error("emergency.address_in_use", address.OneLine(), numbers);
                }

                if (context.All(PortingCollections.Orders).Values.FirstOrDefault(o => o.IsOpen && o.CivicAddressId == address.Id) is { } order)
                {
                    return new Error("emergency.address_used_by_port_order", address.OneLine(), order.Id);
                }

                context.Delete(EmergencyCollections.Addresses, address.Id);
                return new AddressDeleted(address.Id, address.Locations.Count);
            },
            EmergencyJson.Default.AddressDeleted,
            cancellationToken);

    private Result<AddressOutcome> Add(AddAddress command, CommandContext context)
    {
        if (Refusal(command.Fields) is { } refused)
        {
            return refused;
        }

        var id = StableIds.From(command.Key, "address");
        var location = new EmergencyLocation(StableIds.From(command.Key, "location"), DefaultLocationName, null, IsDefault: true);
        var draft = new CivicAddress(id, string.Empty, string.Empty, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            ValidationStatus.NotValidated, [], [location], context.Now);
        return Store(context, draft, command.Fields);
    }

    /// <summary>Validates <paramref name="fields"/> into <paramref name="address"/> and stores the result.</summary>
    private Result<AddressOutcome> Store(CommandContext context, CivicAddress address, AddressFields fields)
    {
        var validation = (validator ?? AddressValidator.Default).Validate(fields);
        var f = validation.Fields;
        if (!EmergencyRegions.CoordinatesOptional(f.Country))
        {
            if (f.Latitude is null || f.Longitude is null)
            {
                // An unknown city is why no coordinates could be filled in: say that (with the closest names), not "coordinates required".
                return validation.Problems.FirstOrDefault(p => p.Code.StartsWith("emergency.problem.city_", StringComparison.Ordinal)) is { } city
                    ? new Error(city.Code, city.Args)
                    : new Error("emergency.address_coordinates_required", f.Country);
            }
        }

        if ((f.Latitude is not null || f.Longitude is not null) && !Coordinates.TryParse(f.Latitude, f.Longitude, out _))
        {
            return new Error("emergency.address_coordinates_invalid", f.Latitude ?? string.Empty, f.Longitude ?? string.Empty);
        }

        var next = address with
        {
            CompanyName = f.CompanyName, Country = f.Country, HouseNumber = f.HouseNumber, HouseNumberSuffix = f.HouseNumberSuffix,
            PreDirectional = f.PreDirectional, StreetName = f.StreetName, StreetSuffix = f.StreetSuffix, PostDirectional = f.PostDirectional,
            City = f.City, CityAlias = f.CityAlias, StateOrProvince = f.StateOrProvince, PostalCode = f.PostalCode,
            Latitude = f.Latitude, Longitude = f.Longitude, Description = f.Description, CompanyTaxId = f.CompanyTaxId, Elin = f.Elin,
            Status = validation.Status,
            Corrections = validation.Corrections.Select(c => c.Code).ToArray(),
            CorrectionNotes = validation.Corrections,
            Problems = validation.Problems,
            ValidatedAt = validation.Status == ValidationStatus.Validated ? context.Now : null,
        };
        context.Put(EmergencyCollections.Addresses, next.Id, next);
        return new AddressOutcome(next, validation.Corrections, validation.Problems, AddressValidation.NextStep(next.Country, next.Status));
    }

    /// <summary>Refusals before validation: required fields, a real country, sane lengths.</summary>
    private static Error? Refusal(AddressFields fields)
    {
        if (string.IsNullOrWhiteSpace(fields.CompanyName))
        {
            return new Error("emergency.address_company_required");
        }

        if (!IsoCountries.IsValid(fields.Country?.Trim()))
        {
            return new Error("emergency.address_country_invalid", fields.Country ?? string.Empty);
        }

        var tooLong = new (string Name, string? Value)[]
        {
            ("CompanyName", fields.CompanyName), ("HouseNumber", fields.HouseNumber), ("StreetName", fields.StreetName), ("City", fields.City),
            ("CityAlias", fields.CityAlias), ("StateOrProvince", fields.StateOrProvince), ("PostalCode", fields.PostalCode),
            ("Description", fields.Description), ("CompanyTaxId", fields.CompanyTaxId), ("Elin", fields.Elin),
            ("StreetSuffix", fields.StreetSuffix), ("HouseNumberSuffix", fields.HouseNumberSuffix),
            ("PreDirectional", fields.PreDirectional), ("PostDirectional", fields.PostDirectional),
            ("Latitude", fields.Latitude), ("Longitude", fields.Longitude),
        }.FirstOrDefault(f => f.Value?.Length > MaxFieldLength);
        return tooLong.Name is null ? null : new Error("emergency.address_field_too_long", tooLong.Name, MaxFieldLength);
    }
}
