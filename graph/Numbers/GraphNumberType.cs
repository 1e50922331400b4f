namespace ChatPhone.Graph.Numbers;

/// <summary>How a number reaches the public network, as <c>assignNumber</c> and <c>unassignNumber</c> need it.</summary>
public enum GraphNumberType
{
    /// <summary>The tenant's own trunk (Direct Routing).</summary>
    DirectRouting,

    /// <summary>A Microsoft Calling Plan number.</summary>
    CallingPlan,

    /// <summary>A number from an Operator Connect carrier.</summary>
    OperatorConnect,
}
