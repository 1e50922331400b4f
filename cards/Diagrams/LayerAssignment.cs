namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// The layers of a graph that may have cycles: a depth-first walk from the roots (nodes nothing leads to, in
/// node order, then any node not reached yet) marks the edges that close a cycle; the others form a DAG whose
/// longest path from a root gives each node its layer. The walk keeps its own stack, so no input makes it recurse.
/// </summary>
internal sealed class LayerAssignment
{
    private LayerAssignment(int[] layers, bool[] goesBack)
    {
        Layers = layers;
        GoesBack = goesBack;
    }

    /// <summary>The layer of each node, by index.</summary>
    public int[] Layers { get; }

    /// <summary>For each edge, by index, true when it closes a cycle (a node to itself included).</summary>
    public bool[] GoesBack { get; }

    public static LayerAssignment Of(int nodeCount, IReadOnlyList<(int From, int To)> edges)
    {
        var outgoing = Enumerable.Range(0, nodeCount).Select(_ => new List<int>()).ToArray();
        var hasIncoming = new bool[nodeCount];
        for (var e = 0; e < edges.Count; e++)
        {
            outgoing[edges[e].From].Add(e);
            hasIncoming[edges[e].To] |= edges[e].From != edges[e].To;
        }

        var goesBack = new bool[edges.Count];
        var state = new byte[nodeCount]; // 0 not reached, 1 on the walk's stack, 2 done
        var finished = new List<int>(nodeCount);
        var starts = Enumerable.Range(0, nodeCount).Where(n => !hasIncoming[n]).Concat(Enumerable.Range(0, nodeCount));
        foreach (var start in starts)
        {
            if (state[start] != 0)
            {
                continue;
            }

            var stack = new Stack<(int Node, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next == outgoing[node].Count)
                {
                    state[node] = 2;
                    finished.Add(node);
                    continue;
                }

                stack.Push((node, next + 1));
                var edge = outgoing[node][next];
                var target = edges[edge].To;
                if (state[target] == 1)
                {
                    goesBack[edge] = true;
                }
                else if (state[target] == 0)
                {
                    state[target] = 1;
                    stack.Push((target, 0));
                }
            }
        }

        var layers = new int[nodeCount];
        for (var i = finished.Count - 1; i >= 0; i--)
        {
            var node = finished[i];
            foreach (var edge in outgoing[node].Where(e => !goesBack[e]))
            {
                layers[edges[edge].To] = Math.Max(layers[edges[edge].To], layers[node] + 1);
            }
        }

        return new LayerAssignment(layers, goesBack);
    }
}
