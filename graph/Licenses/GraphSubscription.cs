using ChatPhone.Core.Licensing;

namespace ChatPhone.Graph.Licenses;

/// <summary>
/// One subscription of the tenant (<c>GET /subscribedSkus</c>): the SKU, how many units are enabled and how many
/// are assigned. <see cref="CapabilityStatus"/> is Graph's (<c>Enabled</c>, <c>Warning</c>, <c>Suspended</c>, …).
/// </summary>
public sealed record GraphSubscription(Guid SkuId, string SkuPartNumber, int EnabledUnits, int ConsumedUnits, string CapabilityStatus)
{
    /// <summary>Units still free to assign.</summary>
    public int AvailableUnits => Math.Max(0, EnabledUnits - ConsumedUnits);

    /// <summary>
    /// The core's subscription when the part number is one of the phone system's SKUs (enabled units count as
    /// purchased); false for the tenant's other subscriptions.
    /// </summary>
    public bool TryToSubscription(out Subscription subscription)
    {
        // Skus.TryParse also reads ChatPhone's own names (E5, PhoneSystem); Graph only sends part numbers.
        if (!Enum.TryParse<Sku>(SkuPartNumber, ignoreCase: true, out _) && Skus.TryParse(SkuPartNumber, out var sku))
        {
            subscription = new Subscription(sku, EnabledUnits, ConsumedUnits);
            return true;
        }

        subscription = new Subscription(default, 0, 0);
        return false;
    }
}
