namespace ChatPhone.Cards.Actions;

/// <summary>Save the organisation profile form; the values come back as the inputs of <see cref="ProfileInputs"/>.</summary>
public sealed record SaveProfilePayload(string IdempotencyKey) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "profile.save";
}

/// <summary>Skip the organisation profile for now (the setup stops asking).</summary>
public sealed record SkipProfilePayload(string IdempotencyKey) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "profile.skip";
}

/// <summary>The input ids of the organisation profile form.</summary>
public static class ProfileInputs
{
    /// <summary>The organisation's name.</summary>
    public const string Name = "profileName";

    /// <summary>The default country (ISO code, English or French name).</summary>
    public const string Country = "profileCountry";

    /// <summary>The billing currency.</summary>
    public const string Currency = "profileCurrency";
}
