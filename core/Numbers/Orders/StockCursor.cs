namespace ChatPhone.Core.Numbers.Orders;

/// <summary>
/// The first <paramref name="Held"/> numbers of a carrier place's stock are all in the tenant's inventory, so a search of
/// that place walks on from there instead of reading them again. Searches set it from what they walk; a release resets
/// the cursors of the released number's country (the next search walks those places from the start once); a cursor that
/// is missing or behind only costs a longer walk, never a wrong pick.
/// </summary>
/// <param name="Held">How many numbers from the start of the place's stock the tenant holds.</param>
public sealed record StockCursor(int Held)
{
    /// <summary>Version of the stored document shape.</summary>
    public const int SchemaVersion = 1;
}
