using ChatPhone.Core.Storage;
using ChatPhone.Core.Storage.Redis;
using StackExchange.Redis;

namespace ChatPhone.UnitTests.Core.Storage;

/// <summary>What lets a failed turn say "nothing was changed" only when that is true.</summary>
public sealed class ChangeWatchTests
{
    [Theory]
    [InlineData(CommandStatus.WaitingToBeSent, false)]
    [InlineData(CommandStatus.WaitingInBacklog, false)]
    [InlineData(CommandStatus.Sent, true)]
    [InlineData(CommandStatus.Unknown, true)]
    public void MayHaveBeenSent_ConnectionLost_DependsOnWhetherTheCommandLeftTheClient(CommandStatus status, bool expected)
    {
        Assert.Equal(expected, StoreFaults.MayHaveBeenSent(new RedisConnectionException(ConnectionFailureType.SocketFailure, CommandFlags.None, "lost", null, status)));
        Assert.Equal(expected, StoreFaults.MayHaveBeenSent(new RedisTimeoutException(CommandFlags.None, "timed out", status)));
    }

    [Fact]
    public void MayHaveBeenSent_AnyOtherFailure_IsAssumedSent() =>
        Assert.True(StoreFaults.MayHaveBeenSent(new TimeoutException()));

    [Fact]
    public async Task NoteChangeMayBeSaved_InAnAwaitedCall_IsSeenByTheWatchOfTheFlow()
    {
        var watch = ChangeWatch.Start();
        Assert.False(watch.ChangeMayBeSaved);

        await Task.Run(async () =>
        {
            await Task.Yield();
            ChangeWatch.NoteChangeMayBeSaved();
        });

        Assert.True(watch.ChangeMayBeSaved);
    }

    [Fact]
    public async Task NoteChangeMayBeSaved_InAnotherFlow_LeavesTheWatchAlone()
    {
        var watch = await Task.Run(ChangeWatch.Start);
        await Task.Run(ChangeWatch.NoteChangeMayBeSaved);

        Assert.False(watch.ChangeMayBeSaved);
    }
}
