namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// Paints a <see cref="FlowDiagramLayout"/>: arrows first (those on the simulated path last, thicker, in the accent
/// colour), then the boxes over them (fill and border of their kind, the path's boxes framed in the accent colour),
/// then the arrows' labels on a white patch so that nothing hides them (those of arrows between the same two boxes joined).
/// </summary>
internal static class DiagramRenderer
{
    private const int TextInset = 6;
    private const int LabelMaxWidth = 100;

    public static Canvas Paint(FlowDiagramLayout layout)
    {
        var canvas = new Canvas(layout.Width, layout.Height);
        foreach (var route in layout.Edges.OrderBy(r => r.Edge.OnPath))
        {
            PaintArrow(canvas, route);
        }

        foreach (var box in layout.Boxes)
        {
            PaintBox(canvas, box.Box, box.Node.Kind, box.Node.OnPath, box.Node.Title, box.Node.Detail);
        }

        if (layout.MoreBox is { } more)
        {
            PaintBox(canvas, more, DiagramNodeKind.Number, onPath: false, $"+ {layout.HiddenCount}", "…");
        }

        // Arrows between the same two boxes (two keys to one queue, overflow and timeout to one voicemail) share one label.
        foreach (var parallel in layout.Edges.Where(r => !string.IsNullOrWhiteSpace(r.Edge.Label)).GroupBy(r => (r.Edge.From, r.Edge.To)))
        {
            var center = new DiagramPoint((int)Math.Round(parallel.Average(r => r.LabelCenter.X)), parallel.First().LabelCenter.Y);
            PaintLabel(canvas, center, string.Join(", ", parallel.Select(r => r.Edge.Label!.Trim()).Distinct()), parallel.Any(r => r.Edge.OnPath));
        }

        return canvas;
    }

    private static void PaintArrow(Canvas canvas, EdgeRoute route)
    {
        var ink = route.Edge.OnPath ? Ink.Accent : Ink.Edge;
        var thickness = route.Edge.OnPath ? 3 : 1;
        var points = route.Points;
        for (var i = 1; i < points.Count; i++)
        {
            var to = points[i];
            if (i == points.Count - 1)
            {
                // Stop the shaft where the head starts, so a thick shaft does not blunt the tip.
                to = Toward(points[i], points[i - 1], 6);
            }

            canvas.Line(points[i - 1], to, ink, thickness);
        }

        canvas.ArrowHead(points[^2], points[^1], ink, length: route.Edge.OnPath ? 10 : 8, halfWidth: route.Edge.OnPath ? 5 : 4);
    }

    private static void PaintBox(Canvas canvas, DiagramRect rect, DiagramNodeKind kind, bool onPath, string title, string? detail)
    {
        canvas.Fill(rect, DiagramColors.FillInk(kind));
        canvas.Frame(rect, onPath ? Ink.Accent : DiagramColors.BorderInk(kind), onPath ? 3 : 1);
        var width = rect.Width - (2 * TextInset);
        var hasDetail = !string.IsNullOrWhiteSpace(detail);
        var titleTop = hasDetail ? rect.Y + 6 : rect.CenterY - 4;
        BitmapFont.Draw(canvas, rect.X + TextInset, titleTop, BitmapFont.Fit(title, width), Ink.Text);
        if (hasDetail)
        {
            BitmapFont.Draw(canvas, rect.X + TextInset, titleTop + BitmapFont.LineHeight + 2, BitmapFont.Fit(detail!, width), Ink.Detail);
        }
    }

    private static void PaintLabel(Canvas canvas, DiagramPoint center, string label, bool onPath)
    {
        var text = BitmapFont.Fit(label, LabelMaxWidth);
        var width = BitmapFont.Measure(text) + 4;
        var height = BitmapFont.LineHeight - BitmapFont.MarkRoom + 2;
        var x = Math.Clamp(center.X - (width / 2), 0, Math.Max(0, canvas.Width - width));
        var y = Math.Clamp(center.Y - (height / 2), 0, Math.Max(0, canvas.Height - height));
        canvas.Fill(new DiagramRect(x, y, width, height), Ink.Background);
        BitmapFont.Draw(canvas, x + 2, y + 1, text, onPath ? Ink.Accent : Ink.Detail);
    }

    private static DiagramPoint Toward(DiagramPoint tip, DiagramPoint from, int pixels)
    {
        double dx = from.X - tip.X, dy = from.Y - tip.Y;
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        return length <= pixels ? tip : new DiagramPoint(tip.X + (int)Math.Round(dx * pixels / length), tip.Y + (int)Math.Round(dy * pixels / length));
    }
}
