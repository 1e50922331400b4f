namespace ChatPhone.Core.Numbers.Porting;

/// <summary>How the simulated carrier behaves (section <c>ChatPhone:Porting</c>).</summary>
public sealed class PortingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ChatPhone:Porting";

    /// <summary>Business days from submission to "Contacting carrier".</summary>
    public int ContactingCarrierAfterBusinessDays { get; set; } = 1;

    /// <summary>Business days from "contacting carrier" to the carrier's answer (approved or rejected).</summary>
    public int CarrierAnswerAfterBusinessDays { get; set; } = 3;

    /// <summary>
    /// An account number starting with this makes the carrier reject the order. A suffix picks the cause:
    /// <c>-NAME</c>, <c>-ADDRESS</c>, <c>-BTN</c>, <c>-FEATURES</c>, <c>-PENDING</c>, <c>-FROZEN</c>; anything else is an account number mismatch.
    /// </summary>
    public string RejectionPrefix { get; set; } = "REJECT";
}
