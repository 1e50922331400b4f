namespace ChatPhone.Core.Licensing;

/// <summary>A tenant's subscription to one SKU: units bought and units assigned (stored in <c>subscriptions</c>, by SKU).</summary>
public sealed record Subscription(Sku Sku, int Purchased, int Consumed)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Units still free to assign.</summary>
    public int Available => Purchased - Consumed;
}
