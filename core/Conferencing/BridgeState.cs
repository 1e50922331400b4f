namespace ChatPhone.Core.Conferencing;

/// <summary>The bridge as an admin sees it: its numbers, which one is the default, and who uses each.</summary>
/// <param name="Bridge">The bridge document.</param>
/// <param name="Numbers">Each number with its use.</param>
public sealed record BridgeState(ConferenceBridge Bridge, IReadOnlyList<BridgeNumberState> Numbers);

/// <summary>A number on the bridge and its use.</summary>
/// <param name="Number">The number.</param>
/// <param name="IsBridgeDefault">True for the bridge default.</param>
/// <param name="OrganizerDefaults">How many organizers have it as their default of its kind.</param>
public sealed record BridgeNumberState(BridgeNumber Number, bool IsBridgeDefault, int OrganizerDefaults);
