using ChatPhone.Core.Tenants;

namespace ChatPhone.Core.Commands;

/// <summary>
/// Lets one command per tenant read, decide and commit at a time within this process.
/// </summary>
/// <remarks>
/// Commits are conditional on what was read, and Redis watches whole keys: two admins of one tenant
/// acquiring different numbers both write the tenant's <c>numbers</c> hash, so the second commit fails
/// and reads again. Thirty-two admins at once spent most of their time re-reading. Taking turns here
/// costs each command one attempt instead; the conditions still guard against other processes.
/// The gates are striped (a fixed array indexed by the tenant's hash), so memory does not grow with
/// the number of tenants; two tenants sharing a stripe only take turns with each other.
/// </remarks>
public sealed class TenantGate
{
    private const int Stripes = 256;

    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Waits until <paramref name="tenant"/>'s gate is free and holds it; dispose the lease to let the next command in.</summary>
    public async ValueTask<Lease> EnterAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var gate = _gates[(int)((uint)StringComparer.Ordinal.GetHashCode(tenant.Value) % Stripes)];
        await gate.WaitAsync(cancellationToken);
        return new Lease(gate);
    }

    /// <summary>A command's hold on its tenant's gate; disposing it releases the gate.</summary>
    public readonly struct Lease(SemaphoreSlim gate) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => gate.Release();
    }
}
