using ChatPhone.Core.Emergency;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// Civic addresses and their locations (New-CsOnlineLisCivicAddress, New-CsOnlineLisLocation). An address is found by
/// its company, street and city; its default location comes with it; other locations are found by name.
/// </summary>
internal static class AddressesWriter
{
    public static void Write(ScriptBuilder script, TenantConfiguration tenant)
    {
        if (tenant.Addresses.Count == 0)
        {
            return;
        }

        script.Section("Section_Addresses");
        foreach (var address in tenant.Addresses)
        {
            WriteAddress(script, address);
        }
    }

    private static void WriteAddress(ScriptBuilder script, CivicAddress address)
    {
        var label = PsLiteral.Quote(address.CompanyName + ", " + address.OneLine());
        script.Blank().Comment(address.CompanyName + ", " + address.OneLine());
        if (!address.IsValidated)
        {
            script.CommentSay("Address_NotValidated");
        }

        var matches = new[]
            {
                ("CompanyName", (string?)address.CompanyName), ("HouseNumber", address.HouseNumber), ("StreetName", address.StreetName),
                ("City", address.City), ("PostalCode", address.PostalCode),
            }
            .Where(f => !string.IsNullOrEmpty(f.Item2))
            .Select(f => $"$_.{f.Item1} -eq {PsLiteral.Quote(f.Item2!)}");
        script.Line($"$address = Get-CsOnlineLisCivicAddress -CountryOrRegion {PsLiteral.Quote(address.Country)} | Where-Object {{ {string.Join(" -and ", matches)} }} | Select-Object -First 1");
        using (script.Block("if (-not $address)"))
        {
            using (script.ShouldProcess(label, "Action_CreateAddress"))
            {
                script.Command(Create(address), "$address")
                    .Report("Done_AddressCreated", label);
            }
        }

        var differs = new List<string>();
        if (address.Description is { Length: > 0 } description)
        {
            differs.Add($"$address.Description -ne {PsLiteral.Quote(description)}");
        }

        if (address.Elin is { Length: > 0 } elin)
        {
            differs.Add($"$address.Elin -ne {PsLiteral.Quote(elin)}");
        }

        if (differs.Count > 0)
        {
            using (script.Block($"elseif ({string.Join(" -or ", differs)})"))
            using (script.ShouldProcess(label, "Action_UpdateAddress"))
            {
                script.Command(new PsCommand("Set-CsOnlineLisCivicAddress")
                        .With("CivicAddressId", "$address.CivicAddressId")
                        .WithText("Description", address.Description)
                        .WithText("Elin", address.Elin))
                    .Report("Done_AddressUpdated", label);
            }
        }

        using (script.Block("if ($address)"))
        {
            script.Line($"{ScriptReferences.Of(ScriptReferences.Addresses, address.Id)} = $address.CivicAddressId")
                .Line($"{ScriptReferences.Of(ScriptReferences.Locations, address.DefaultLocation.Id)} = $address.DefaultLocationId");
            foreach (var location in address.Locations.Where(l => !l.IsDefault))
            {
                WriteLocation(script, location);
            }
        }
    }

    private static void WriteLocation(ScriptBuilder script, EmergencyLocation location)
    {
        var name = PsLiteral.Quote(location.Name);
        script.Line($"$location = Get-CsOnlineLisLocation -CivicAddressId $address.CivicAddressId | Where-Object {{ $_.Location -eq {name} }} | Select-Object -First 1");
        using (script.Block("if (-not $location)"))
        using (script.ShouldProcess(name, "Action_CreateLocation"))
        {
            script.Command(new PsCommand("New-CsOnlineLisLocation")
                    .With("CivicAddressId", "$address.CivicAddressId")
                    .With("Location", name)
                    .WithText("Elin", location.Elin), "$location")
                .Report("Done_LocationCreated", name);
        }

        using (script.Block("if ($location)"))
        {
            script.Line($"{ScriptReferences.Of(ScriptReferences.Locations, location.Id)} = $location.LocationId");
        }
    }

    private static PsCommand Create(CivicAddress a) =>
        new PsCommand("New-CsOnlineLisCivicAddress")
            .With("CompanyName", PsLiteral.Quote(a.CompanyName))
            .With("CountryOrRegion", PsLiteral.Quote(a.Country))
            .WithText("HouseNumber", a.HouseNumber)
            .WithText("HouseNumberSuffix", a.HouseNumberSuffix)
            .WithText("PreDirectional", a.PreDirectional)
            .WithText("StreetName", a.StreetName)
            .WithText("StreetSuffix", a.StreetSuffix)
            .WithText("PostDirectional", a.PostDirectional)
            .WithText("City", a.City)
            .WithText("CityAlias", a.CityAlias)
            .WithText("StateOrProvince", a.StateOrProvince)
            .WithText("PostalCode", a.PostalCode)
            .WithText("Latitude", a.Latitude)
            .WithText("Longitude", a.Longitude)
            .WithText("Description", a.Description)
            .WithText("CompanyTaxId", a.CompanyTaxId)
            .WithText("Elin", a.Elin);
}
