using ChatPhone.Cards.AdaptiveCards;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>An auto attendant as the list shows it, worded by the bot in the reader's language.</summary>
/// <param name="Name">The attendant's name.</param>
/// <param name="TimeZone">Its time zone.</param>
/// <param name="Language">The language of its prompts.</param>
/// <param name="Hours">Its business hours in a line ("Monday–Friday 09:00–17:00").</param>
/// <param name="Numbers">The phone numbers of the resource accounts linked to it, E.164.</param>
/// <param name="Show">The button that shows it whole.</param>
public sealed record AutoAttendantSummary(string Name, string TimeZone, string Language, string Hours, IReadOnlyList<string> Numbers, CardAction Show);
