using ChatPhone.Cards.Actions;
using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Directory.Import;

namespace ChatPhone.Cards.Help;

/// <summary>
/// The "help" card: every capability this person's role allows, one example sentence each (see
/// <see cref="HelpCatalog"/>), grouped as self-service, helpdesk, the ten setup steps and administration,
/// with buttons for the most common ones.
/// </summary>
public static class HelpCard
{
    /// <summary>
    /// Builds the card for <paramref name="actor"/> in <paramref name="language"/>; <paramref name="microsoft365"/>: the
    /// tenant is connected to Microsoft 365, and the card says what acts on it and what becomes a script.
    /// </summary>
    public static AdaptiveCard Build(Actor actor, Language language, bool microsoft365 = false)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);

        var body = new List<CardElement>
        {
            new TextBlock(T("Help_Title")) { Size = TextSize.Large, Bolder = true },
            new TextBlock(T("Help_Intro", actor.DisplayName)),
            new TextBlock(T("Help_Role", T("Role_" + actor.Role.Name()))) { Subtle = true },
        };
        if (microsoft365 && actor.IsAdmin)
        {
            body.Add(new TextBlock(T("Microsoft365_WhatActs")) { Subtle = true });
        }

        if (actor.Role == Role.Unknown)
        {
            body.Add(new TextBlock(T("Help_Unknown")) { Color = TextColor.Warning });
            body.Add(Line(HelpCatalog.Help, language));
            return new AdaptiveCard([.. body]);
        }

        var entries = HelpCatalog.For(actor.Role);
        foreach (var group in entries.GroupBy(e => e.Group))
        {
            var items = new List<CardElement> { new TextBlock(T("HelpGroup_" + group.Key)) { Size = TextSize.Medium, Bolder = true } };
            foreach (var step in group.GroupBy(e => e.Step))
            {
                if (step.Key is { } kind)
                {
                    items.Add(new TextBlock(T("Help_Step", ((int)kind).ToString(language.Culture()), T("Step_" + kind))) { Bolder = true });
                }

                items.AddRange(step.Select(e => Line(e, language)));
            }

            if (group.Key == HelpGroup.Administration)
            {
                items.Add(new TextBlock("• " + T("Help_Import", DirectoryCsvParser.Header)));
            }

            body.Add(new Container(items) { Separator = true });
        }

        var buttons = HelpCatalog.Buttons
            .Where(b => entries.Contains(b))
            .Select((b, i) => new CardAction(T("HelpButton_" + b.Key), HelpAskPayload.Verb, CardPayloads.Write(new HelpAskPayload(b.Key))) { Primary = i == 0 })
            .ToArray();
        return new AdaptiveCard(body, buttons);
    }

    /// <summary>
    /// The top of help, for a greeting: the title, who the bot is talking to, and the buttons of the most common
    /// capabilities this person's role allows ("help" shows the whole card).
    /// </summary>
    public static AdaptiveCard BuildTop(Actor actor, Language language)
    {
        string T(string name, params object[] args) => CardText.Get(language, name, args);

        var entries = HelpCatalog.For(actor.Role);
        var buttons = HelpCatalog.Buttons
            .Where(b => entries.Contains(b))
            .Append(HelpCatalog.Help)
            .Select((b, i) => new CardAction(T("HelpButton_" + b.Key), HelpAskPayload.Verb, CardPayloads.Write(new HelpAskPayload(b.Key))) { Primary = i == 0 })
            .ToArray();
        return new AdaptiveCard(
            [
                new TextBlock(T("Help_Title")) { Size = TextSize.Medium, Bolder = true },
                new TextBlock(T("Help_Intro", actor.DisplayName)),
            ],
            buttons);
    }

    /// <summary>The example sentence of <paramref name="entry"/> in <paramref name="language"/>, exactly as a person would type it.</summary>
    public static string Example(HelpEntry entry, Language language) => CardText.Get(language, "HelpSay_" + entry.Key);

    private static TextBlock Line(HelpEntry entry, Language language) =>
        new(CardText.Get(language, "Help_Line", Example(entry, language), CardText.Get(language, "HelpDoes_" + entry.Key)));
}
