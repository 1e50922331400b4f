using ChatPhone.Cards.AdaptiveCards;

namespace ChatPhone.Cards.Helpdesk;

/// <summary>One cause as people read it (already in their language).</summary>
/// <param name="Code">The diagnosis code (the fix button names it).</param>
/// <param name="Text">What is wrong.</param>
/// <param name="Next">What happens next, or what to do.</param>
/// <param name="Blocking">True when it explains the symptom.</param>
/// <param name="FixLabel">The one-click fix's button text, when there is one.</param>
/// <param name="Fixed">True once its fix was applied.</param>
public sealed record CauseView(string Code, string Text, string Next, bool Blocking, string? FixLabel = null, bool Fixed = false);

/// <summary>A ticket as the helpdesk channel shows it.</summary>
/// <param name="Id">The ticket id.</param>
/// <param name="Title">"Alex Wilber can't call out".</param>
/// <param name="Facts">Requested by, status, who has it, opened at.</param>
/// <param name="Causes">What triage found.</param>
/// <param name="History">The last changes, newest last.</param>
/// <param name="DeliveryProblems">Messages about this ticket that could not be delivered, in words.</param>
/// <param name="CanClaim">True while nobody has it.</param>
/// <param name="CanResolve">True until resolved.</param>
/// <param name="HandOverTo">Helpdesk members and admins it can go to (empty: no hand-over).</param>
/// <param name="CanFix">True when the viewer may apply fixes (admins).</param>
public sealed record TicketView(
    string Id,
    string Title,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<CauseView> Causes,
    IReadOnlyList<string> History,
    IReadOnlyList<string> DeliveryProblems,
    bool CanClaim,
    bool CanResolve,
    IReadOnlyList<Choice> HandOverTo,
    bool CanFix);
