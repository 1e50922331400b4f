namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// The polylines of the arrows. An arrow down (to a later layer) leaves the bottom of its box, runs along a short
/// horizontal just below the source row (staggered per source so that neighbours do not merge) and drops into the top
/// of its target; its label sits on the drop. An arrow that skips rows goes down the gap left of its target's column,
/// then across just above the target.
/// The ends of a box's arrows spread along its side in the order of the boxes at their other end. An arrow that closes
/// a cycle leaves the bottom right of its box, runs right below the arrows' horizontals, climbs in a lane of the right
/// margin and enters the top right of its target; one from a box to itself is a small loop on its right.
/// </summary>
internal static class EdgeRouting
{
    private const int Lanes = 4;
    private const int LaneSpacing = 5;
    private const int Corner = 14;

    // The rows of the gap below a row of boxes: the sources' horizontals 5–14 pixels down, the arrows that go back at
    // 17–19, labels centred at 28 and arrow heads in the last 11.
    private const int BackLane = 17;
    private const int LabelOffset = 28;

    public static IReadOnlyList<EdgeRoute> Route(
        IReadOnlyList<DiagramEdge> edges, IReadOnlyList<(int From, int To)> links, bool[] goesBack, IReadOnlyDictionary<int, DiagramRect> boxes, int contentRight)
    {
        var drawn = Enumerable.Range(0, edges.Count).Where(e => boxes.ContainsKey(links[e].From) && boxes.ContainsKey(links[e].To)).ToArray();
        var down = drawn.Where(e => !goesBack[e]).ToArray();
        var starts = Spread(down, e => links[e].From, e => boxes[links[e].To].CenterX, boxes);
        var ends = Spread(down, e => links[e].To, e => boxes[links[e].From].CenterX, boxes);
        var bus = down.Select(e => links[e].From).Distinct().OrderBy(n => boxes[n].Y).ThenBy(n => boxes[n].X)
            .GroupBy(n => boxes[n].Y)
            .SelectMany(row => row.Select((n, k) => (n, Offset: 5 + (4 * (k % 3)))))
            .ToDictionary(p => p.n, p => p.Offset);

        var routes = new List<EdgeRoute>(drawn.Length);
        var lane = 0;
        foreach (var e in drawn)
        {
            var from = boxes[links[e].From];
            var to = boxes[links[e].To];
            if (!goesBack[e])
            {
                routes.Add(Down(edges[e], from, to, starts[e], ends[e], bus[links[e].From]));
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
                var stagger = 2 * (lane % 2);
                var outY = from.Bottom + BackLane + stagger;
                var inY = Math.Max(2, to.Y - FlowDiagramLayout.RowGap + BackLane + stagger);
                routes.Add(new EdgeRoute(
                    edges[e],
                    [new(from.Right - Corner, from.Bottom), new(from.Right - Corner, outY), new(laneX, outY), new(laneX, inY), new(to.Right - Corner, inY), new(to.Right - Corner, to.Y - 1)],
                    new DiagramPoint(laneX, (from.CenterY + to.CenterY) / 2),
                    GoesBack: true));
            }
        }

        return routes;
    }

    private static EdgeRoute Down(DiagramEdge edge, DiagramRect from, DiagramRect to, int startX, int endX, int busOffset)
    {
        var busY = from.Bottom + busOffset;
        var labelY = from.Bottom + LabelOffset;
        if (to.Y == from.Bottom + FlowDiagramLayout.RowGap)
        {
            return new EdgeRoute(edge, [new(startX, from.Bottom), new(startX, busY), new(endX, busY), new(endX, to.Y - 1)], new DiagramPoint(endX, labelY), GoesBack: false);
        }

        // Rows share one column grid, so the gap left of the target column is free all the way down; arrows of
        // neighbouring sources take different lanes of it, like their horizontals.
        var laneX = to.X - (FlowDiagramLayout.ColumnGap / 2) + (busOffset - 9);
        var approachY = to.Y - 12;
        return new EdgeRoute(
            edge,
            [new(startX, from.Bottom), new(startX, busY), new(laneX, busY), new(laneX, approachY), new(endX, approachY), new(endX, to.Y - 1)],
            new DiagramPoint(laneX, labelY),
            GoesBack: false);
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
