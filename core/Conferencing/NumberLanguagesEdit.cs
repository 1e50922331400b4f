namespace ChatPhone.Core.Conferencing;

/// <summary>The languages a dedicated bridge number is given in an <see cref="EditBridge"/>.</summary>
/// <param name="Number">The bridge number (any form the bridge cmdlets accept).</param>
/// <param name="Languages">The languages in order; null puts the number back on its country's defaults.</param>
public sealed record NumberLanguagesEdit(string Number, NumberLanguages? Languages);
