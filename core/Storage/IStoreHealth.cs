namespace ChatPhone.Core.Storage;

/// <summary>Answers whether the store is reachable.</summary>
public interface IStoreHealth
{
    /// <summary>True when a PING round trip succeeds.</summary>
    Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default);
}
