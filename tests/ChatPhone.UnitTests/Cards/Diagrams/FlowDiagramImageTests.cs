using ChatPhone.Cards.Diagrams;

namespace ChatPhone.UnitTests.Cards.Diagrams;

public sealed class FlowDiagramImageTests
{
    // The card carrying the diagram must stay under Teams' 28 KB: the brief's aim is 12 KB of base64 for 25 nodes.
    private const int MaxDataUriChars25Nodes = 12 * 1024;
    private const int MaxDataUriChars40Nodes = 18 * 1024;

    [Fact]
    public void Png_IsAWholeIndexedPng_With16ColoursAt4Bits_AsWideAsTheLayout()
    {
        var diagram = DiagramSamples.Standard();

        var png = PngFile.Decode(FlowDiagramImage.Png(diagram));

        var layout = FlowDiagramLayout.Of(diagram);
        Assert.Equal((layout.Width, layout.Height, (byte)4), (png.Width, png.Height, png.Header.BitDepth));
        Assert.Equal(DiagramColors.All, png.Palette);
        Assert.Equal(DiagramColors.Background, png[0, 0]);
    }

    [Fact]
    public void Dimensions_GrowWithNodes_AndTheWidthStaysAtMost1200()
    {
        var sizes = new[] { 4, 10, 25, 40 }.Select(n => PngFile.ReadHeader(FlowDiagramImage.Png(DiagramSamples.Standard(n)))).ToArray();

        for (var i = 1; i < sizes.Length; i++)
        {
            Assert.True(sizes[i].Height > sizes[i - 1].Height || sizes[i].Width > sizes[i - 1].Width, $"{sizes[i - 1]} then {sizes[i]}");
        }

        Assert.All(sizes, s => Assert.InRange(s.Width, 1, 1200));
    }

    [Fact]
    public void EachBox_IsFilledWithTheColourOfItsKind_WhereTheLayoutPutsIt()
    {
        var diagram = DiagramSamples.Standard();
        var png = PngFile.Decode(FlowDiagramImage.Png(diagram));

        foreach (var box in FlowDiagramLayout.Of(diagram).Boxes)
        {
            var inside = box.Box with { X = box.Box.X + 3, Y = box.Box.Y + 3, Width = box.Box.Width - 6, Height = box.Box.Height - 6 };
            var filled = png.Count(inside, DiagramColors.Fill(box.Node.Kind));
            Assert.True(filled > inside.Width * inside.Height / 2, $"{box.Node.Id}: {filled} of {inside.Width * inside.Height} pixels in {DiagramColors.Fill(box.Node.Kind)}");
        }
    }

    [Fact]
    public void DeadEnd_IsRed_AndHangUpGrey()
    {
        var diagram = DiagramSamples.Standard();
        var layout = FlowDiagramLayout.Of(diagram);
        var png = PngFile.Decode(FlowDiagramImage.Png(diagram));

        var dead = layout.BoxOf("dead")!.Box;
        var border = png[dead.X, dead.CenterY];
        var fill = png[dead.X + 3, dead.Bottom - 4];
        Assert.True(border.R > 150 && border.G < 80 && border.B < 80, $"dead end border {border}");
        Assert.True(fill.R > fill.G + 20 && fill.R > fill.B + 20, $"dead end fill {fill}");
        var hangUp = png[layout.BoxOf("hang")!.Box.X + 3, layout.BoxOf("hang")!.Box.Bottom - 4];
        Assert.True(hangUp.R == hangUp.G && hangUp.G == hangUp.B, $"hang-up fill {hangUp}");
    }

    [Fact]
    public void TheSimulatedPath_IsDrawnInTheAccentColour_ArrowsAndFrames_AndNothingElseIs()
    {
        var diagram = DiagramSamples.Standard();
        var layout = FlowDiagramLayout.Of(diagram);
        var png = PngFile.Decode(FlowDiagramImage.Png(diagram));

        Assert.Equal("#1E5AA8", DiagramColors.Accent.ToString());
        foreach (var route in layout.Edges.Where(r => !r.GoesBack))
        {
            // Two pixels below the source box, on the arrow's first (vertical) segment.
            var pixel = png[route.Points[0].X, route.Points[0].Y + 2];
            Assert.Equal(route.Edge.OnPath ? DiagramColors.Accent : DiagramColors.Edge, pixel);
        }

        foreach (var box in layout.Boxes)
        {
            // The middle of the left border, and two pixels inside it (part of a path box's thicker frame).
            Assert.Equal(box.Node.OnPath ? DiagramColors.Accent : DiagramColors.Border(box.Node.Kind), png[box.Box.X, box.Box.CenterY]);
            Assert.Equal(box.Node.OnPath ? DiagramColors.Accent : DiagramColors.Fill(box.Node.Kind), png[box.Box.X + 2, box.Box.CenterY]);
        }
    }

    [Fact]
    public void OnPathArrow_IsThickerThanTheOthers()
    {
        var diagram = DiagramSamples.Standard();
        var layout = FlowDiagramLayout.Of(diagram);
        var png = PngFile.Decode(FlowDiagramImage.Png(diagram));

        int Width(EdgeRoute route, DiagramColor colour) =>
            Enumerable.Range(route.Points[0].X - 4, 9).Count(x => png[x, route.Points[0].Y + 2] == colour);

        Assert.Equal(3, Width(layout.Edges.Single(e => e.Edge is { From: "num", To: "ra" }), DiagramColors.Accent));
        Assert.Equal(1, Width(layout.Edges.Single(e => e.Edge is { From: "hol", To: "hang" }), DiagramColors.Edge));
    }

    [Fact]
    public void ArrowThatGoesBack_IsDrawnInTheRightMargin()
    {
        var diagram = DiagramSamples.Standard();
        var layout = FlowDiagramLayout.Of(diagram);
        var png = PngFile.Decode(FlowDiagramImage.Png(diagram));

        var back = layout.Edges.Single(e => e.Edge is { From: "menu", To: "aa" });
        Assert.True(back.GoesBack);
        var lane = back.Points.Max(p => p.X);
        Assert.True(lane > layout.Boxes.Max(b => b.Box.Right));
        var ys = back.Points.Where(p => p.X == lane).Select(p => p.Y).ToArray();
        Assert.Equal(DiagramColors.Edge, png[lane, (ys.Min() + ys.Max()) / 2 - 12]);
    }

    [Fact]
    public void SameDiagram_GivesTheSameBytes()
    {
        Assert.Equal(FlowDiagramImage.Png(DiagramSamples.Standard(25)), FlowDiagramImage.Png(DiagramSamples.Standard(25)));
    }

    [Fact]
    public void DataUri_IsThePngInBase64()
    {
        var diagram = DiagramSamples.Standard();

        var uri = FlowDiagramImage.DataUri(diagram);

        Assert.StartsWith("data:image/png;base64,", uri);
        Assert.Equal(FlowDiagramImage.Png(diagram), Convert.FromBase64String(uri["data:image/png;base64,".Length..]));
    }

    [Theory]
    [InlineData(25, MaxDataUriChars25Nodes)]
    [InlineData(40, MaxDataUriChars40Nodes)]
    [InlineData(300, MaxDataUriChars40Nodes)]
    public void DataUri_StaysWithinTheSizeBudget(int nodes, int maxChars)
    {
        var uri = FlowDiagramImage.DataUri(DiagramSamples.Standard(nodes));

        Assert.True(uri.Length <= maxChars, $"{nodes} nodes: {uri.Length} characters of data URI, more than {maxChars}");
    }
}
