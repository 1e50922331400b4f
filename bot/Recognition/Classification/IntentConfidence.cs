using System.Collections.Frozen;

namespace ChatPhone.Bot.Recognition.Classification;

/// <summary>
/// How sure the model must be before the bot acts on its choice. Intents that change the tenant or open a ticket need
/// more than questions; below the bar the bot asks "did you mean…?" with the likeliest intents instead of guessing.
/// The bars were calibrated on the held-back fifth of the corpus: above them, at least 98.5% of acting choices and 97%
/// of answers are right (the accuracy test prints the table and fails below those). Every acting intent still ends at
/// a plan card and Confirm; a stricter bar would send one acting sentence in ten to the "did you mean…?" card.
/// </summary>
public static class IntentConfidence
{
    /// <summary>Least score to answer a question (a list, a status, help).</summary>
    public const float ToAnswer = 0.5f;

    /// <summary>Least score to start something that changes the tenant or opens a ticket (it still ends at a plan card).</summary>
    public const float ToAct = 0.7f;

    /// <summary>Least score for an intent to be offered on the "did you mean…?" card.</summary>
    public const float ToSuggest = 0.06f;

    /// <summary>How many intents the "did you mean…?" card offers at most.</summary>
    public const int Suggestions = 3;

    /// <summary>The intents that change the tenant's state or open a ticket.</summary>
    public static readonly FrozenSet<IntentKind> Acting = new[]
    {
        IntentKind.BuyLicenses, IntentKind.AssignLicense, IntentKind.AssignLicensesBulk, IntentKind.SearchNumbers,
        IntentKind.RequestNumbers, IntentKind.PortNumbers, IntentKind.AssignNumber, IntentKind.UnassignNumber,
        IntentKind.ReleaseNumber, IntentKind.AssignServiceNumber, IntentKind.AddEmergencyAddress, IntentKind.SetupConferencing,
        IntentKind.SetPinLength, IntentKind.CreateCallQueue, IntentKind.CreateAutoAttendant, IntentKind.AddHoliday,
        IntentKind.CreateResourceAccount, IntentKind.FundCredits, IntentKind.ReportProblem, IntentKind.UseHelpdeskChannel,
        IntentKind.SetOrganisationProfile, IntentKind.AddQueueAgents, IntentKind.SetAutoRecharge,
        IntentKind.RemoveLicense, IntentKind.Undo, IntentKind.ChangeObject, IntentKind.RemoveObject,
        IntentKind.AddEmergencyLocation, IntentKind.SetEmergencyLocation,
    }.ToFrozenSet();

    /// <summary>The least score at which the bot acts on <paramref name="kind"/>.</summary>
    public static float Required(IntentKind kind) => Acting.Contains(kind) ? ToAct : ToAnswer;
}
