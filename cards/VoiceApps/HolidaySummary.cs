using ChatPhone.Cards.AdaptiveCards;

namespace ChatPhone.Cards.VoiceApps;

/// <summary>A holiday as the list shows it, worded by the bot in the reader's language.</summary>
/// <param name="Name">The holiday's name.</param>
/// <param name="Dates">Its dates in words ("Friday, December 25, 2026").</param>
/// <param name="Attendants">The auto attendants that close for it.</param>
/// <param name="Show">The button that shows it whole.</param>
public sealed record HolidaySummary(string Name, IReadOnlyList<string> Dates, IReadOnlyList<string> Attendants, CardAction Show);
