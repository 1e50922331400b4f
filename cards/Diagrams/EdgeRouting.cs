namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// The polylines of the arrows. An arrow down (to a later layer) leaves the bottom of its box and enters the top of
/// the next, the ends of a box's arrows spread along its side in the order of the boxes at their other end; its label sits
/// halfway through the gap below the source row. An arrow that closes a cycle leaves the right side of its box, climbs
/// in a lane of the right margin and enters the right side of its target; one from a box to itself is a small loop.
/// </summary>
internal static class EdgeRouting
{
    private const int Lanes = 4;
    private const int LaneSpacing = 5;

    public static IReadOnlyList<EdgeRoute> Route(
        IReadOnlyList<DiagramEdge> edges, IReadOnlyList<(int From, int To)> links, bool[] goesBack, IReadOnlyDictionary<int, DiagramRect> boxes, int contentRight)
    {
        var drawn = Enumerable.Range(0, edges.Count).Where(e => boxes.ContainsKey(links[e].From) && boxes.ContainsKey(links[e].To)).ToArray();
        var down = drawn.Where(e => !goesBack[e]).ToArray();
        var starts = Spread(down, e => links[e].From, e => boxes[links[e].To].CenterX, boxes);
        var ends = Spread(down, e => links[e].To, e => boxes[links[e].From].CenterX, boxes);

        var routes = new List<EdgeRoute>(drawn.Length);
        var lane = 0;
        foreach (var e in drawn)
        {
            var from = boxes[links[e].From];
            var to = boxes[links[e].To];
            if (!goesBack[e])
            {
                var start = new DiagramPoint(starts[e], from.Bottom);
                var end = new DiagramPoint(ends[e], to.Y - 1);
                var labelY = from.Bottom + (FlowDiagramLayout.RowGap / 2);
                var labelX = start.X + (int)Math.Round((end.X - start.X) * (double)(labelY - start.Y) / Math.Max(1, end.Y - start.Y));
                routes.Add(new EdgeRoute(edges[e], [start, end], new DiagramPoint(labelX, labelY), GoesBack: false));
            }
            else if (links[e].From == links[e].To)
            {
                var loopX = from.Right + 9;
                routes.Add(new EdgeRoute(
                    edges[e],
                    [new(from.Right, from.CenterY - 7), new(loopX, from.CenterY - 7), new(loopX, from.CenterY + 7), new(from.Right, from.CenterY + 7)],
                    new DiagramPoint(from.Right, from.Y - (FlowDiagramLayout.RowGap / 4)),
                    GoesBack: true));
            }
            else
            {
                var laneX = contentRight + 8 + (LaneSpacing * (lane++ % Lanes));
                routes.Add(new EdgeRoute(
                    edges[e],
                    [new(from.Right, from.CenterY + 5), new(laneX, from.CenterY + 5), new(laneX, to.CenterY - 5), new(to.Right, to.CenterY - 5)],
                    new DiagramPoint(laneX, (from.CenterY + to.CenterY) / 2),
                    GoesBack: true));
            }
        }

        return routes;
    }

    // Where each arrow meets the side of the box it is grouped by: spread around the centre, ordered by the other end's column.
    private static Dictionary<int, int> Spread(int[] edges, Func<int, int> box, Func<int, int> otherX, IReadOnlyDictionary<int, DiagramRect> boxes)
    {
        var at = new Dictionary<int, int>();
        foreach (var group in edges.GroupBy(box))
        {
            var ordered = group.OrderBy(otherX).ThenBy(e => e).ToArray();
            var spacing = ordered.Length < 2 ? 0 : Math.Min(12.0, (FlowDiagramLayout.BoxWidth - 40) / (double)(ordered.Length - 1));
            for (var i = 0; i < ordered.Length; i++)
            {
                at[ordered[i]] = boxes[group.Key].CenterX + (int)Math.Round((i - ((ordered.Length - 1) / 2.0)) * spacing);
            }
        }

        return at;
    }
}
