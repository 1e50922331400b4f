namespace ChatPhone.Core.Numbers.Carrier;

/// <summary>
/// The simulated carrier's offer, one place per line:
/// <c>country|subdivision code|subdivision name|city|national prefixes</c>. A prefix is the start of the
/// national significant number (no trunk '0'); <c>/n</c> overrides the country's number length.
/// The city <c>Toll Free</c> marks the toll-free ranges. Prefixes are real area codes of each city.
/// </summary>
internal static class CarrierData
{
    /// <summary>National significant number length per country, when a prefix does not say otherwise.</summary>
    public static readonly IReadOnlyDictionary<string, int> NationalLength = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["US"] = 10, ["CA"] = 10, ["GB"] = 10, ["FR"] = 9, ["DE"] = 10, ["ES"] = 9,
        ["NL"] = 9, ["IE"] = 9, ["BE"] = 8, ["AU"] = 9, ["JP"] = 9,
    };

    /// <summary>The places, in the order searches visit them.</summary>
    public const string Places = """
        US|WA|Washington|Seattle|206
        US|WA|Washington|Redmond|425
        US|WA|Washington|Spokane|509
        US|TX|Texas|Dallas|214 469 972
        US|TX|Texas|Houston|713 832
        US|IL|Illinois|Chicago|312 773 872
        US|NY|New York|New York City|212 646 332
        US|CA|California|Los Angeles|213 310 323
        US|CA|California|San Francisco|415 628
        US|||Toll Free|800 833 844 855 866 877 888
        CA|ON|Ontario|Toronto|416 647
        CA|BC|British Columbia|Vancouver|604
        CA|QC|Quebec|Montreal|514
        CA|||Toll Free|844 866
        GB|ENG|England|London|207 203 208
        GB|ENG|England|Manchester|161
        GB|SCT|Scotland|Edinburgh|131
        GB|||Toll Free|800 808
        FR|IDF|Île-de-France|Paris|1
        FR|ARA|Auvergne-Rhône-Alpes|Lyon|472 478
        FR|PAC|Provence-Alpes-Côte d’Azur|Marseille|491
        FR|||Toll Free|800 805
        DE|BE|Berlin|Berlin|30
        DE|BY|Bavaria|Munich|89
        DE|HE|Hesse|Frankfurt|69
        DE|||Toll Free|800
        ES|MD|Madrid|Madrid|91
        ES|CT|Catalonia|Barcelona|93
        ES|||Toll Free|900
        NL|NH|North Holland|Amsterdam|20
        NL|ZH|South Holland|Rotterdam|10
        NL|||Toll Free|800/7
        IE|L|Leinster|Dublin|1/8
        IE|M|Munster|Cork|21
        IE|||Toll Free|1800/10
        BE|BRU|Brussels|Brussels|2
        BE|VAN|Antwerp|Antwerp|3
        BE|||Toll Free|800
        AU|NSW|New South Wales|Sydney|29 28
        AU|VIC|Victoria|Melbourne|39 38
        AU|||Toll Free|1800/10
        JP|13|Tokyo|Tokyo|3
        JP|27|Osaka|Osaka|6
        JP|||Toll Free|120/9
        """;
}
