namespace ChatPhone.Graph.Licenses;

/// <summary>
/// One subscription of the tenant (<c>GET /subscribedSkus</c>): the SKU, how many units are enabled and how many
/// are assigned. <see cref="CapabilityStatus"/> is Graph's (<c>Enabled</c>, <c>Warning</c>, <c>Suspended</c>, …).
/// </summary>
public sealed record GraphSubscription(Guid SkuId, string SkuPartNumber, int EnabledUnits, int ConsumedUnits, string CapabilityStatus)
{
    /// <summary>Units still free to assign.</summary>
    public int AvailableUnits => Math.Max(0, EnabledUnits - ConsumedUnits);
}
