using ChatPhone.Cards.Diagrams;

namespace ChatPhone.UnitTests.Cards.Diagrams;

/// <summary>The titles, details and labels, drawn with the diagram's own bitmap font.</summary>
public sealed class DiagramTextTests
{
    [Fact]
    public void EveryBox_HasDarkTextPixels()
    {
        var diagram = DiagramSamples.Standard();
        var png = PngFile.Decode(FlowDiagramImage.Png(diagram));

        Assert.All(FlowDiagramLayout.Of(diagram).Boxes, box => Assert.True(png.Count(box.Box, DiagramColors.Text) > 20, $"{box.Node.Id} has no title pixels"));
    }

    [Fact]
    public void DifferentTitles_GiveDifferentPixels_AndTheSameTitleTheSame()
    {
        Assert.NotEqual(Box("Ventes"), Box("Achats"));
        Assert.NotEqual(Box("File 1"), Box("File 2"));
        Assert.Equal(Box("Ventes"), Box("Ventes"));
    }

    [Fact]
    public void Detail_IsDrawnInGrey_OnTheSecondLine()
    {
        var diagram = DiagramSamples.Single("Ventes", detail: "Distribution : attendant");
        var box = FlowDiagramLayout.Of(diagram).Boxes[0].Box;
        var png = PngFile.Decode(FlowDiagramImage.Png(diagram));

        var top = box with { Height = box.Height / 2 };
        var bottom = box with { Y = box.CenterY, Height = box.Height / 2 };
        Assert.True(png.Count(bottom, DiagramColors.Detail) > 20);
        Assert.Equal(0, png.Count(top, DiagramColors.Detail));
        Assert.True(png.Count(top, DiagramColors.Text) > 20);
    }

    [Theory]
    [InlineData("e", "é")]
    [InlineData("e", "è")]
    [InlineData("e", "ê")]
    [InlineData("e", "ë")]
    [InlineData("é", "è")]
    [InlineData("a", "à")]
    [InlineData("c", "ç")]
    [InlineData("o", "ô")]
    [InlineData("i", "î")]
    [InlineData("i", "ï")]
    [InlineData("î", "ï")]
    [InlineData("u", "ù")]
    [InlineData("u", "û")]
    [InlineData("E", "É")]
    [InlineData("A", "À")]
    [InlineData("C", "Ç")]
    [InlineData("O", "Ö")]
    public void AccentedLetter_DiffersFromItsBase(string plain, string accented)
    {
        Assert.NotEqual(Box("Z" + plain + "Z"), Box("Z" + accented + "Z"));
    }

    [Theory]
    [InlineData("e", "é")]
    [InlineData("a", "à")]
    [InlineData("c", "ç")]
    [InlineData("i", "î")]
    [InlineData("u", "ù")]
    [InlineData("E", "É")]
    [InlineData("O", "Ô")]
    public void AccentedLetter_IsItsBaseLetter_WithAMarkOfAtMostThreeRows(string plainText, string accentedText)
    {
        // Only the rows of the mark (above, or a cedilla below) differ: the letter itself is drawn as its base.
        var width = FlowDiagramLayout.Of(DiagramSamples.Single(plainText)).Boxes[0].Box.Width;
        var (plain, accented) = (Box(plainText), Box(accentedText));
        var differing = Enumerable.Range(0, plain.Length).Where(i => plain[i] != accented[i]).Select(i => i / width).ToArray();
        Assert.NotEmpty(differing);
        Assert.True(differing.Max() - differing.Min() < 3, $"{accentedText}: rows {string.Join(',', differing.Distinct())} differ from {plainText}");
    }

    [Fact]
    public void PunctuationAndLettersTheSimulatorUses_AreDrawnAsGlyphs_NotAsTheBoxOfUnknownCharacters()
    {
        var unknown = Box("\u4E00");

        foreach (var c in "+()/:.,'’«»–…-!?@&#ABCXYZabcxyz0189ÀÂÆÇÈÉÊËÎÏÔŒÙÛÜŸàâæçèéêëîïôœùûüÿñß")
        {
            Assert.NotEqual(unknown, Box(c.ToString()));
        }
    }

    [Fact]
    public void UnknownCharacter_IsDrawnAsTheSameSmallBox()
    {
        var box = Box("\u6F22");

        Assert.Equal(box, Box("\u5B57"));
        Assert.Equal(box, Box("\U0001F600"));
        Assert.NotEqual(Box(" "), box);
    }

    [Fact]
    public void LongTitle_IsShortened_SoTheTextStaysInsideItsBox()
    {
        var name = new string('W', 64);
        var diagram = DiagramSamples.Single(name);
        var box = FlowDiagramLayout.Of(diagram).Boxes[0].Box;
        var png = PngFile.Decode(FlowDiagramImage.Png(diagram));

        var all = new DiagramRect(0, 0, png.Width, png.Height);
        Assert.Equal(png.Count(all, DiagramColors.Text), png.Count(box with { X = box.X + 2, Width = box.Width - 4 }, DiagramColors.Text));
        // What is cut off does not show: two titles that differ only at their end look the same.
        Assert.Equal(Box(name), Box(new string('W', 63) + "X"));
        Assert.NotEqual(Box(new string('W', 5)), Box(new string('W', 4) + "X"));
    }

    [Fact]
    public void EdgeLabel_IsDrawnBetweenItsBoxes()
    {
        static FlowDiagram WithLabel(string label) => new([new("a", DiagramNodeKind.Menu, "Menu"), new("b", DiagramNodeKind.CallQueue, "File")], [new("a", "b", label)]);
        var layout = FlowDiagramLayout.Of(WithLabel("1"));
        var gap = new DiagramRect(0, layout.BoxOf("a")!.Box.Bottom, layout.Width, layout.BoxOf("b")!.Box.Y - layout.BoxOf("a")!.Box.Bottom);

        var one = PngFile.Decode(FlowDiagramImage.Png(WithLabel("1"))).Crop(gap);
        var two = PngFile.Decode(FlowDiagramImage.Png(WithLabel("2"))).Crop(gap);

        Assert.NotEqual(one, two);
    }

    [Fact]
    public void ParallelArrows_ShareOneLabel_InsteadOfOverprintingEachOther()
    {
        static FlowDiagram Between(params DiagramEdge[] edges) => new([new("menu", DiagramNodeKind.Menu, "Menu"), new("q", DiagramNodeKind.CallQueue, "Ventes")], edges);
        var two = Between(new("menu", "q", "1"), new("menu", "q", "2"));
        var center = FlowDiagramLayout.Of(two).Edges[0].LabelCenter;
        var label = new DiagramRect(FlowDiagramLayout.Of(two).BoxOf("q")!.Box.CenterX - 8, center.Y - 5, 17, 11);

        var joined = PngFile.Decode(FlowDiagramImage.Png(two)).Crop(label);

        Assert.Equal(PngFile.Decode(FlowDiagramImage.Png(Between(new DiagramEdge("menu", "q", "1, 2")))).Crop(label), joined);
        Assert.NotEqual(PngFile.Decode(FlowDiagramImage.Png(Between(new DiagramEdge("menu", "q", "1")))).Crop(label), joined);
    }

    // The pixels of the only box of a diagram titled <paramref name="title"/>.
    private static DiagramColor[] Box(string title)
    {
        var diagram = DiagramSamples.Single(title);
        return PngFile.Decode(FlowDiagramImage.Png(diagram)).Crop(FlowDiagramLayout.Of(diagram).Boxes[0].Box);
    }
}
