namespace ChatPhone.Cards.Actions;

/// <summary>
/// Submits the conferencing bridge's edit form: a fingerprint of the bridge and settings the form was filled from, so a
/// form opened before someone else's change is refused rather than applied over it. The bridge is always the clicker's
/// own tenant's, and only an admin's submit is planned.
/// </summary>
public sealed record EditBridgePayload(string Seen) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "bridge.edit";
}

/// <summary>Submits the credits account's edit form (auto-recharge), with what the form was filled from (see <see cref="EditBridgePayload"/>).</summary>
public sealed record EditCreditsPayload(string Seen) : ICardPayload
{
    /// <inheritdoc />
    public static string Verb => "credits.edit";
}

/// <summary>The input ids of the bridge and credits edit forms.</summary>
public static class ServiceObjectEditFields
{
    /// <summary>The bridge's name.</summary>
    public const string BridgeName = "svcBridgeName";

    /// <summary>The bridge's default toll number.</summary>
    public const string BridgeDefault = "svcBridgeDefault";

    /// <summary>A conference number of the inventory to put on the bridge (empty: none).</summary>
    public const string BridgeAdd = "svcBridgeAdd";

    /// <summary>A dedicated number to take off the bridge (empty: none).</summary>
    public const string BridgeRemove = "svcBridgeRemove";

    /// <summary>The PIN length, digits.</summary>
    public const string PinLength = "svcPinLength";

    /// <summary>Entry and exit announcements, <c>true</c> or <c>false</c>.</summary>
    public const string Announcements = "svcAnnouncements";

    /// <summary>Name recording, <c>true</c> or <c>false</c>.</summary>
    public const string NameRecording = "svcNameRecording";

    /// <summary>Auto-recharge on or off, <c>true</c> or <c>false</c>.</summary>
    public const string AutoRecharge = "svcAutoRecharge";

    /// <summary>The balance below which auto-recharge buys more.</summary>
    public const string Threshold = "svcThreshold";

    /// <summary>How much auto-recharge buys each time.</summary>
    public const string Amount = "svcAmount";
}
