using ChatPhone.Cards.Diagrams;

namespace ChatPhone.UnitTests.Cards.Diagrams;

public sealed class FlowDiagramLayoutTests
{
    [Fact]
    public void Layers_RootsFirst_ThenByLongestPath()
    {
        // a → b → c → d and a shortcut a → d: d sits below c, not beside b.
        var layout = FlowDiagramLayout.Of(new FlowDiagram(
            [Node("d"), Node("c"), Node("b"), Node("a")],
            [new("a", "b"), new("b", "c"), new("c", "d"), new("a", "d")]));

        Assert.Equal([0, 1, 2, 3], new[] { "a", "b", "c", "d" }.Select(id => layout.BoxOf(id)!.Layer));
        Assert.True(layout.BoxOf("a")!.Box.Bottom < layout.BoxOf("b")!.Box.Y);
        Assert.True(layout.BoxOf("c")!.Box.Bottom < layout.BoxOf("d")!.Box.Y);
    }

    [Fact]
    public void Cycles_Terminate_AndTheEdgeClosingEachIsDrawnGoingBack()
    {
        // An attendant that sends back to itself, two that send to each other, and a cycle nothing leads to.
        var layout = FlowDiagramLayout.Of(new FlowDiagram(
            [Node("aa1"), Node("aa2"), Node("self"), Node("x"), Node("y")],
            [new("aa1", "aa2", "1"), new("aa2", "aa1", "9"), new("aa1", "self"), new("self", "self", "0"), new("x", "y"), new("y", "x")]));

        Assert.Equal(5, layout.Boxes.Count);
        Assert.Equal(6, layout.Edges.Count);
        Assert.Equal(["aa2>aa1", "self>self", "y>x"], layout.Edges.Where(e => e.GoesBack).Select(e => $"{e.Edge.From}>{e.Edge.To}"));
        Assert.All(layout.Edges.Where(e => !e.GoesBack), e => Assert.True(layout.BoxOf(e.Edge.From)!.Layer < layout.BoxOf(e.Edge.To)!.Layer));
        Assert.NotEmpty(FlowDiagramImage.Png(new FlowDiagram(layout.Boxes.Select(b => b.Node).ToArray(), layout.Edges.Select(e => e.Edge).ToArray())));
    }

    [Fact]
    public void ArrowDown_LeavesTheBottomOfItsSource_AndEndsAboveItsTarget()
    {
        var layout = FlowDiagramLayout.Of(DiagramSamples.Standard());

        Assert.All(layout.Edges.Where(e => !e.GoesBack), route =>
        {
            var from = layout.BoxOf(route.Edge.From)!.Box;
            var to = layout.BoxOf(route.Edge.To)!.Box;
            Assert.Equal(from.Bottom, route.Points[0].Y);
            Assert.InRange(route.Points[0].X, from.X, from.Right - 1);
            Assert.Equal(to.Y - 1, route.Points[^1].Y);
            Assert.InRange(route.Points[^1].X, to.X, to.Right - 1);
        });
    }

    [Theory]
    [InlineData(16)]
    [InlineData(40)]
    [InlineData(100)]
    public void Arrows_RunOnlyThroughGaps_NeverAcrossABox(int nodes)
    {
        var layout = FlowDiagramLayout.Of(DiagramSamples.Standard(nodes));

        foreach (var route in layout.Edges)
        {
            for (var i = 1; i < route.Points.Count; i++)
            {
                var (a, b) = (route.Points[i - 1], route.Points[i]);
                Assert.True(a.X == b.X || a.Y == b.Y, $"{route.Edge}: slanted segment {a} to {b}");
                for (var x = Math.Min(a.X, b.X); x <= Math.Max(a.X, b.X); x++)
                {
                    for (var y = Math.Min(a.Y, b.Y); y <= Math.Max(a.Y, b.Y); y++)
                    {
                        Assert.DoesNotContain(layout.Boxes, box => box.Box.Contains(x, y));
                    }
                }
            }
        }
    }

    [Fact]
    public void BoxesNeverOverlap_AndStayInsideTheImage_AtMost1200Wide()
    {
        var layout = FlowDiagramLayout.Of(DiagramSamples.Standard(40));

        Assert.InRange(layout.Width, 1, 1200);
        var boxes = layout.Boxes.Select(b => b.Box).ToArray();
        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.Y >= 0 && b.Right <= layout.Width && b.Bottom <= layout.Height, $"{b} outside {layout.Width}x{layout.Height}"));
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
            {
                Assert.False(boxes[i].X < boxes[j].Right && boxes[j].X < boxes[i].Right && boxes[i].Y < boxes[j].Bottom && boxes[j].Y < boxes[i].Bottom, $"{boxes[i]} overlaps {boxes[j]}");
            }
        }
    }

    [Fact]
    public void MoreThanFortyNodes_KeepsThePathAndTheFirstLayers_AndCountsTheOthersInOneBox()
    {
        var diagram = DiagramSamples.Standard(100);

        var layout = FlowDiagramLayout.Of(diagram);

        Assert.Equal(FlowDiagramLayout.MaxNodes - 1, layout.Boxes.Count);
        Assert.Equal(100 - (FlowDiagramLayout.MaxNodes - 1), layout.HiddenCount);
        Assert.NotNull(layout.MoreBox);
        Assert.All(diagram.Nodes.Where(n => n.OnPath), n => Assert.NotNull(layout.BoxOf(n.Id)));
        Assert.All(diagram.Nodes.Take(16), n => Assert.NotNull(layout.BoxOf(n.Id)));
        var png = PngFile.Decode(FlowDiagramImage.Png(diagram));
        Assert.True(png.Count(layout.MoreBox.Value, DiagramColors.Text) > 10, "the box counting hidden nodes has no text");
    }

    [Fact]
    public void FortyNodesOrFewer_AreAllDrawn_WithoutAMoreBox()
    {
        var layout = FlowDiagramLayout.Of(DiagramSamples.Standard(FlowDiagramLayout.MaxNodes));

        Assert.Equal(FlowDiagramLayout.MaxNodes, layout.Boxes.Count);
        Assert.Equal(0, layout.HiddenCount);
        Assert.Null(layout.MoreBox);
    }

    [Fact]
    public void RepeatedIds_AreDrawnOnce_AndEdgesToUnknownNodesAreLeftOut()
    {
        var layout = FlowDiagramLayout.Of(new FlowDiagram(
            [Node("a"), Node("b"), Node("a") with { Title = "again" }],
            [new("a", "b"), new("a", "gone"), new("gone", "b")]));

        Assert.Equal(["a", "b"], layout.Boxes.Select(b => b.Node.Id));
        Assert.Equal("a", layout.BoxOf("a")!.Node.Title);
        Assert.Single(layout.Edges);
    }

    [Fact]
    public void EmptyDiagram_GivesASmallBlankImage()
    {
        var png = PngFile.Decode(FlowDiagramImage.Png(new FlowDiagram([], [])));

        Assert.True(png.Width > 0 && png.Height > 0);
        Assert.Equal(png.Width * png.Height, png.Count(new DiagramRect(0, 0, png.Width, png.Height), DiagramColors.Background));
    }

    private static DiagramNode Node(string id) => new(id, DiagramNodeKind.AutoAttendant, id);
}
