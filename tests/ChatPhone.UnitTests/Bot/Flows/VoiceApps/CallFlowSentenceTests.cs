using ChatPhone.Bot.Flows.VoiceApps;

namespace ChatPhone.UnitTests.Bot.Flows.VoiceApps;

/// <summary>What a sentence says about an auto attendant's call flows, in English and French, with and without accents and quotes.</summary>
public sealed class CallFlowSentenceTests
{
    [Theory]
    [InlineData("create an auto attendant Main line open 9 to 6 Monday to Friday, greeting \"Welcome to Contoso\", press 1 for Sales, 2 for Support and 0 for the operator",
        "B[“Welcome to Contoso” 1=Named:sales 2=Named:support 0=Operator]")]
    [InlineData("crée un standard automatique Main line ouvert de 9h à 18h du lundi au vendredi, message d’accueil « Bienvenue chez Contoso », touche 1 pour la file Ventes, 2 pour le support",
        "B[“Bienvenue chez Contoso” 1=Named:ventes/Queue 2=Named:support]")]
    [InlineData("cree un standard automatique Main line, appuyez sur 0 pour l'accueil", "B[0=Named:accueil?]")]
    [InlineData("press 9 to hang up, 3 for the voicemail of Megan, 4 for +1 425 555 0100 and 5 for the Main line attendant",
        "B[9=Disconnect 3=Voicemail:megan 4=External:+14255550100 5=Named:main line/Attendant]")]
    [InlineData("press 1 for the Sales queue; press 2 for Megan Bowen", "B[1=Named:sales/Queue 2=Named:megan bowen]")]
    [InlineData("1 for Sales", "")]
    [InlineData("open from 9 to 5, press 1 for Sales, 2 for Support, open 9 to 5", "B[1=Named:sales 2=Named:support]")]
    public void MenuKeys_AreReadWithTheirTargets(string text, string expected) =>
        Assert.Equal(expected, Describe(CallFlowSentence.Read(text, "Reception")));

    [Theory]
    [InlineData("after hours send calls to voicemail", "A[→Voicemail:]")]
    [InlineData("en dehors des horaires, transférer vers le +33 1 80 00 00 00", "A[→External:+33180000000]")]
    [InlineData("after hours say 'We're closed' and hang up", "A[“We're closed” →Disconnect]")]
    [InlineData("greeting “Hello”, press 1 for Sales, after hours say ‘Closed’ and hang up, on holidays redirect to Megan",
        "B[“Hello” 1=Named:sales] A[“Closed” →Disconnect] H[→Named:megan]")]
    [InlineData("hors horaires, renvoyer les appels vers la file Support", "A[→Named:support/Queue]")]
    [InlineData("les jours fériés, raccrocher", "H[→Disconnect]")]
    [InlineData("operator is Megan, let callers dial by name", "op=Named:megan search=ByName")]
    [InlineData("press 1 for Sales, operator is Megan and 0 for the operator", "B[1=Named:sales 0=Operator] op=Named:megan")]
    [InlineData("le standardiste est Megan Bowen, composition par poste", "op=Named:megan bowen search=ByExtension")]
    [InlineData("greeting audio file welcome.mp3", "B[audio welcome.mp3]")]
    public void AfterHoursHolidaysOperatorAndSearch_AreReadInTheirOwnParts(string text, string expected) =>
        Assert.Equal(expected, Describe(CallFlowSentence.Read(text, "Main line")));

    [Theory]
    [InlineData("press * for Sales", "Aa2_KeyReserved:*")]
    [InlineData("appuyez sur # pour le support", "Aa2_KeyReserved:#")]
    [InlineData("press 1 for Sales, 1 for Support", "Aa2_KeyTwice:1")]
    [InlineData("press 12 for Sales", "Aa2_KeyRange:12")]
    public void ReservedRepeatedOrMissingKeys_AreProblemsNamingTheKey(string text, string expected)
    {
        var problem = Assert.Single(CallFlowSentence.Read(text).Problems);
        Assert.Equal(expected, $"{problem.Key}:{string.Join(',', problem.Args)}");
    }

    [Fact]
    public void TheRest_KeepsWhatOtherReadersNeed_WithoutKeysOrNumbers()
    {
        var read = CallFlowSentence.Read("Main line now opens at 8, press 1 for Sales, after hours send calls to +1 425 555 0100", "Main line");

        Assert.Contains("now opens at 8", read.Rest, StringComparison.Ordinal);
        Assert.DoesNotContain("425", read.Rest, StringComparison.Ordinal);
        Assert.DoesNotContain("1 for", read.Rest, StringComparison.Ordinal);
    }

    private static string Describe(CallFlowAsk ask)
    {
        var parts = new List<string>();
        void Flow(string label, FlowAsk flow)
        {
            if (flow.IsEmpty)
            {
                return;
            }

            var items = new List<string>();
            if (flow.Greeting is { } greeting)
            {
                items.Add(greeting.Text is { } text ? $"“{text}”" : $"audio {greeting.AudioFile}");
            }

            items.AddRange(flow.Options.Select(o => $"{o.Key}={Target(o.Target)}"));
            if (flow.Action is { } action)
            {
                items.Add("→" + Target(action));
            }

            parts.Add($"{label}[{string.Join(' ', items)}]");
        }

        Flow("B", ask.Business);
        Flow("A", ask.AfterHours);
        Flow("H", ask.Holidays);
        if (ask.Operator is { } @operator)
        {
            parts.Add("op=" + Target(@operator));
        }

        if (ask.Search is { } search)
        {
            parts.Add("search=" + search);
        }

        parts.AddRange(ask.Problems.Select(p => $"!{p.Key}:{string.Join(',', p.Args)}"));
        return string.Join(' ', parts);
    }

    private static string Target(TargetAsk target) => target.Kind switch
    {
        TargetKind.Named => $"Named:{target.Text}{(target.Hint == TargetHint.None ? string.Empty : "/" + target.Hint)}{(target.MaybeOperator ? "?" : string.Empty)}",
        TargetKind.Disconnect or TargetKind.Operator => target.Kind.ToString(),
        _ => $"{target.Kind}:{target.Text}",
    };
}
