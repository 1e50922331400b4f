using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;

namespace ChatPhone.Cards.Help;

/// <summary>The "help" card: what this person can do, for their role.</summary>
public static class HelpCard
{
    /// <summary>Builds the card for <paramref name="actor"/> in <paramref name="language"/>.</summary>
    public static AdaptiveCard Build(Actor actor, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);

        var body = new List<CardElement>
        {
            new TextBlock(T("Help_Title")) { Size = TextSize.Large, Bolder = true },
            new TextBlock(T("Help_Intro", actor.DisplayName)),
            new TextBlock(T("Help_Role", T("Role_" + actor.Role.Name()))) { Subtle = true },
        };

        if (actor.Role == Role.Unknown)
        {
            body.Add(new TextBlock(T("Help_Unknown")) { Color = TextColor.Warning });
            body.Add(new TextBlock("• " + T("Help_Help")));
            return new AdaptiveCard([.. body]);
        }

        var lines = new List<string> { T("Help_MyNumber") };
        if (actor.Role == Role.Admin)
        {
            lines.Add(T("Help_Import", DirectoryCsvParser.Header));
        }

        lines.Add(T("Help_Cancel"));
        lines.Add(T("Help_Help"));
        body.AddRange(lines.Select(line => new TextBlock("• " + line)));
        if (actor.Role == Role.Helpdesk)
        {
            body.Add(new TextBlock(T("Help_Helpdesk")) { Subtle = true });
        }

        return new AdaptiveCard([.. body]);
    }
}
