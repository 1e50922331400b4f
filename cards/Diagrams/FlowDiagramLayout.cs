namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// Where every box and arrow of a <see cref="FlowDiagram"/> goes, top to bottom: the roots in the first layer,
/// every other node one layer below the deepest node leading to it (arrows that close a cycle aside, see
/// <see cref="EdgeRoute.GoesBack"/>); a layer is a row of boxes, wrapped after <see cref="MaxPerRow"/> boxes,
/// ordered under the boxes leading to them and centred on a column grid all rows share (so gaps line up for arrows). Beyond <see cref="MaxNodes"/> nodes, the nodes on the simulated path and
/// those of the first layers are kept and one more box counts the others. Public so tests can find what they decode.
/// </summary>
public sealed class FlowDiagramLayout
{
    /// <summary>The most boxes drawn (the box counting hidden nodes included).</summary>
    public const int MaxNodes = 40;

    /// <summary>The most boxes in one row.</summary>
    public const int MaxPerRow = 6;

    internal const int Margin = 16;
    internal const int BoxWidth = 172;
    internal const int BoxHeight = 40;
    internal const int ColumnGap = 24;
    internal const int RowGap = 48;
    internal const int LaneRoom = 30;

    private FlowDiagramLayout(int width, int height, IReadOnlyList<NodeBox> boxes, IReadOnlyList<EdgeRoute> edges, int hidden, DiagramRect? moreBox)
    {
        Width = width;
        Height = height;
        Boxes = boxes;
        Edges = edges;
        HiddenCount = hidden;
        MoreBox = moreBox;
    }

    /// <summary>The image's width in pixels (at most 1,200).</summary>
    public int Width { get; }

    /// <summary>The image's height in pixels.</summary>
    public int Height { get; }

    /// <summary>The boxes drawn, in the diagram's node order (a repeated id once).</summary>
    public IReadOnlyList<NodeBox> Boxes { get; }

    /// <summary>The arrows drawn: those between two drawn boxes, in the diagram's edge order.</summary>
    public IReadOnlyList<EdgeRoute> Edges { get; }

    /// <summary>How many nodes are not drawn (beyond <see cref="MaxNodes"/>).</summary>
    public int HiddenCount { get; }

    /// <summary>The box that says how many nodes are not drawn; null when all are.</summary>
    public DiagramRect? MoreBox { get; }

    /// <summary>The box of the node <paramref name="id"/>, or null when it is not drawn.</summary>
    public NodeBox? BoxOf(string id) => Boxes.FirstOrDefault(b => b.Node.Id == id);

    /// <summary>Lays <paramref name="diagram"/> out; the same diagram always gets the same layout.</summary>
    public static FlowDiagramLayout Of(FlowDiagram diagram)
    {
        var nodes = diagram.Nodes.DistinctBy(n => n.Id, StringComparer.Ordinal).ToArray();
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var edges = diagram.Edges.Where(e => index.ContainsKey(e.From) && index.ContainsKey(e.To)).ToArray();
        var links = edges.Select(e => (index[e.From], index[e.To])).ToArray();
        var layers = LayerAssignment.Of(nodes.Length, links);

        var kept = Enumerable.Range(0, nodes.Length).ToArray();
        if (nodes.Length > MaxNodes)
        {
            kept = kept.OrderBy(i => nodes[i].OnPath ? 0 : 1).ThenBy(i => layers.Layers[i]).ThenBy(i => i).Take(MaxNodes - 1).Order().ToArray();
        }

        var hidden = nodes.Length - kept.Length;
        var rows = Rows(kept, layers, links, hidden > 0);
        var columns = Math.Max(1, rows.Max(r => (int?)r.Count) ?? 1);
        var contentWidth = (columns * BoxWidth) + ((columns - 1) * ColumnGap);
        var boxes = new Dictionary<int, DiagramRect>();
        DiagramRect? more = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var left = Margin + ((columns - rows[r].Count) / 2 * (BoxWidth + ColumnGap));
            var top = Margin + (r * (BoxHeight + RowGap));
            for (var c = 0; c < rows[r].Count; c++)
            {
                var rect = new DiagramRect(left + (c * (BoxWidth + ColumnGap)), top, BoxWidth, BoxHeight);
                if (rows[r][c] < 0)
                {
                    more = rect;
                }
                else
                {
                    boxes[rows[r][c]] = rect;
                }
            }
        }

        var nodeBoxes = kept.Select(i => new NodeBox(nodes[i], layers.Layers[i], boxes[i])).ToArray();
        var routes = EdgeRouting.Route(edges, links, layers.GoesBack, boxes, Margin + contentWidth);
        var height = (2 * Margin) + (Math.Max(1, rows.Count) * (BoxHeight + RowGap)) - RowGap;
        return new FlowDiagramLayout(Margin + contentWidth + LaneRoom, height, nodeBoxes, routes, hidden, more);
    }

    // Rows of node indices (-1 for the box counting hidden nodes): layer by layer, each layer's nodes ordered by the
    // mean slot of the nodes leading to them in earlier rows (then by node order), wrapped after MaxPerRow.
    private static List<List<int>> Rows(int[] kept, LayerAssignment layers, (int From, int To)[] links, bool more)
    {
        var keptSet = kept.ToHashSet();
        var slot = new Dictionary<int, double>();
        var rows = new List<List<int>>();
        var byLayer = kept.GroupBy(i => layers.Layers[i]).OrderBy(g => g.Key).ToArray();
        foreach (var layer in byLayer)
        {
            var ordered = layer
                .Select(n => (Node: n, Key: Mean(links.Where((l, e) => l.To == n && !layers.GoesBack[e] && keptSet.Contains(l.From) && slot.ContainsKey(l.From)).Select(l => slot[l.From]))))
                .OrderBy(p => p.Key)
                .ThenBy(p => p.Node)
                .Select(p => p.Node)
                .ToList();
            if (more && layer == byLayer[^1])
            {
                ordered.Add(-1);
            }

            foreach (var row in ordered.Chunk(MaxPerRow))
            {
                for (var c = 0; c < row.Length; c++)
                {
                    slot[row[c]] = c - ((row.Length - 1) / 2.0);
                }

                rows.Add([.. row]);
            }
        }

        if (rows.Count == 0 && more)
        {
            rows.Add([-1]);
        }

        return rows;
    }

    private static double Mean(IEnumerable<double> values) => values.DefaultIfEmpty(double.MaxValue).Average();
}
