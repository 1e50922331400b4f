namespace ChatPhone.Core.Numbers.Porting;

/// <summary>What the admin may do with a port order in a given status: the reference's table, cell by cell.</summary>
/// <param name="View">The order's details can be viewed.</param>
/// <param name="Edit">What can be edited.</param>
/// <param name="Cancel">The order can be cancelled.</param>
/// <param name="Delete">The order can be deleted.</param>
public sealed record PortOrderPermissions(bool View, PortEdit Edit, bool Cancel, bool Delete)
{
    /// <summary>The permissions of <paramref name="status"/>.</summary>
    public static PortOrderPermissions For(PortOrderStatus status) => status switch
    {
        PortOrderStatus.Processing => new(View: true, PortEdit.None, Cancel: true, Delete: false),
        PortOrderStatus.ContactingCarrier => new(View: true, PortEdit.None, Cancel: true, Delete: false),
        PortOrderStatus.TransferApproved => new(View: true, PortEdit.FocDateOnly, Cancel: true, Delete: false),
        PortOrderStatus.TransferPending => new(View: true, PortEdit.None, Cancel: false, Delete: false),
        PortOrderStatus.Error => new(View: false, PortEdit.Full, Cancel: true, Delete: false),
        PortOrderStatus.Completed => new(View: true, PortEdit.None, Cancel: false, Delete: false),
        PortOrderStatus.Cancelled => new(View: false, PortEdit.Full, Cancel: false, Delete: false),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>How much of a port order can be edited.</summary>
public enum PortEdit
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>Only the FOC date.</summary>
    FocDateOnly,

    /// <summary>Every wizard field (the order is submitted again).</summary>
    Full,
}
