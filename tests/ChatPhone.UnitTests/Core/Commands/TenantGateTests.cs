using ChatPhone.Core.Commands;
using ChatPhone.Core.Tenants;

namespace ChatPhone.UnitTests.Core.Commands;

/// <summary>One command per tenant at a time within a process.</summary>
public sealed class TenantGateTests
{
    private static readonly TenantId Contoso = TenantId.Parse("contoso");

    [Fact]
    public async Task Enter_WhileTheTenantsTurnIsHeld_WaitsUntilItEnds()
    {
        var gate = new TenantGate();
        var first = await gate.EnterAsync(Contoso, CancellationToken.None);

        var second = gate.EnterAsync(Contoso, CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Enter_Cancelled_WhileWaiting_ThrowsAndLeavesTheTurnToOthers()
    {
        var gate = new TenantGate();
        var held = await gate.EnterAsync(Contoso, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = gate.EnterAsync(Contoso, cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        (await gate.EnterAsync(Contoso, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Enter_ManyCommandsOfOneTenant_NeverTwoAtOnce()
    {
        var gate = new TenantGate();
        var inside = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
        {
            using var lease = await gate.EnterAsync(Contoso, CancellationToken.None);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Yield();
            Interlocked.Decrement(ref inside);
        })));

        Assert.Equal(1, most);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
