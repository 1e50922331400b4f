using ChatPhone.Core.Numbers.Porting;

namespace ChatPhone.UnitTests.Core.Numbers.Porting;

public sealed class PortOrderPermissionsTests
{
    // The reference's table, row by row: View, Edit, Cancel, Delete.
    [Theory]
    [InlineData(PortOrderStatus.Processing, true, PortEdit.None, true, false)]
    [InlineData(PortOrderStatus.ContactingCarrier, true, PortEdit.None, true, false)]
    [InlineData(PortOrderStatus.TransferApproved, true, PortEdit.FocDateOnly, true, false)]
    [InlineData(PortOrderStatus.TransferPending, true, PortEdit.None, false, false)]
    [InlineData(PortOrderStatus.Error, false, PortEdit.Full, true, false)]
    [InlineData(PortOrderStatus.Completed, true, PortEdit.None, false, false)]
    [InlineData(PortOrderStatus.Cancelled, false, PortEdit.Full, false, false)]
    public void For_EachStatus_MatchesTheReferenceTable(PortOrderStatus status, bool view, PortEdit edit, bool cancel, bool delete) =>
        Assert.Equal(new PortOrderPermissions(view, edit, cancel, delete), PortOrderPermissions.For(status));

    [Fact]
    public void For_EveryStatus_IsInTheTable() =>
        Assert.All(Enum.GetValues<PortOrderStatus>(), s => Assert.NotNull(PortOrderPermissions.For(s)));
}
