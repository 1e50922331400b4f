using ChatPhone.Cards.AdaptiveCards;
using ChatPhone.Cards.Diagrams;
using ChatPhone.Core.Common;
using ChatPhone.UnitTests.Cards.Diagrams;

namespace ChatPhone.UnitTests.Cards;

/// <summary>A simulated call with the picture of the whole call flow: the diagram travels in the card as a data URI.</summary>
internal static partial class CardSamples
{
    private static IEnumerable<(string Name, AdaptiveCard Card)> CallFlowDiagramSamples(Language language)
    {
        var title = language == Language.French ? "Appel au +33 1 80 00 00 00 dimanche à 20 h" : "Call to +33 1 80 00 00 00 on Sunday at 8 pm";
        var alt = language == Language.French ? "Schéma du parcours d’appel" : "Diagram of the call flow";
        foreach (var (name, nodes) in new[] { ("CallFlowDiagram", 16), ("CallFlowDiagramFortyNodes", FlowDiagramLayout.MaxNodes) })
        {
            yield return (name, new AdaptiveCard(
                new TextBlock(title) { Size = TextSize.Medium, Bolder = true },
                new Image(FlowDiagramImage.DataUri(DiagramSamples.Standard(nodes)), alt)));
        }
    }
}
