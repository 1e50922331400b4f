namespace ChatPhone.Cards.Diagrams;

/// <summary>A picture of palette indices (<see cref="Ink"/>), white to start with; every drawing call clips to its edges.</summary>
internal sealed class Canvas
{
    private readonly byte[] _pixels;

    public Canvas(int width, int height)
    {
        Width = width;
        Height = height;
        _pixels = new byte[width * height];
    }

    public int Width { get; }

    public int Height { get; }

    public ReadOnlySpan<byte> Row(int y) => _pixels.AsSpan(y * Width, Width);

    public void Set(int x, int y, Ink ink)
    {
        if (x >= 0 && y >= 0 && x < Width && y < Height)
        {
            _pixels[(y * Width) + x] = (byte)ink;
        }
    }

    public void Fill(DiagramRect rect, Ink ink)
    {
        for (var y = Math.Max(0, rect.Y); y < Math.Min(Height, rect.Bottom); y++)
        {
            for (var x = Math.Max(0, rect.X); x < Math.Min(Width, rect.Right); x++)
            {
                _pixels[(y * Width) + x] = (byte)ink;
            }
        }
    }

    /// <summary>A frame <paramref name="thickness"/> pixels wide along the inside of <paramref name="rect"/>.</summary>
    public void Frame(DiagramRect rect, Ink ink, int thickness)
    {
        Fill(rect with { Height = thickness }, ink);
        Fill(rect with { Y = rect.Bottom - thickness, Height = thickness }, ink);
        Fill(rect with { Width = thickness }, ink);
        Fill(rect with { X = rect.Right - thickness, Width = thickness }, ink);
    }

    /// <summary>A straight line (Bresenham's walk) drawn with a square pen <paramref name="thickness"/> pixels wide.</summary>
    public void Line(DiagramPoint from, DiagramPoint to, Ink ink, int thickness)
    {
        int x = from.X, y = from.Y;
        int dx = Math.Abs(to.X - x), dy = -Math.Abs(to.Y - y);
        int sx = x < to.X ? 1 : -1, sy = y < to.Y ? 1 : -1;
        var error = dx + dy;
        var half = (thickness - 1) / 2;
        while (true)
        {
            Fill(new DiagramRect(x - half, y - half, thickness, thickness), ink);
            if (x == to.X && y == to.Y)
            {
                return;
            }

            var doubled = 2 * error;
            if (doubled >= dy)
            {
                error += dy;
                x += sx;
            }

            if (doubled <= dx)
            {
                error += dx;
                y += sy;
            }
        }
    }

    /// <summary>A filled arrow head whose tip is <paramref name="tip"/>, pointing away from <paramref name="from"/>.</summary>
    public void ArrowHead(DiagramPoint from, DiagramPoint tip, Ink ink, int length, int halfWidth)
    {
        double dx = tip.X - from.X, dy = tip.Y - from.Y;
        var norm = Math.Sqrt((dx * dx) + (dy * dy));
        if (norm == 0)
        {
            return;
        }

        (dx, dy) = (dx / norm, dy / norm);
        double baseX = tip.X - (dx * length), baseY = tip.Y - (dy * length);
        (double X, double Y) a = (tip.X, tip.Y), b = (baseX - (dy * halfWidth), baseY + (dx * halfWidth)), c = (baseX + (dy * halfWidth), baseY - (dx * halfWidth));
        var left = (int)Math.Floor(Math.Min(a.X, Math.Min(b.X, c.X)));
        var right = (int)Math.Ceiling(Math.Max(a.X, Math.Max(b.X, c.X)));
        var top = (int)Math.Floor(Math.Min(a.Y, Math.Min(b.Y, c.Y)));
        var bottom = (int)Math.Ceiling(Math.Max(a.Y, Math.Max(b.Y, c.Y)));
        for (var y = top; y <= bottom; y++)
        {
            for (var x = left; x <= right; x++)
            {
                var d1 = Side(a, b, x, y);
                var d2 = Side(b, c, x, y);
                var d3 = Side(c, a, x, y);
                var negative = d1 < -0.5 || d2 < -0.5 || d3 < -0.5;
                var positive = d1 > 0.5 || d2 > 0.5 || d3 > 0.5;
                if (!(negative && positive))
                {
                    Set(x, y, ink);
                }
            }
        }
    }

    private static double Side((double X, double Y) p, (double X, double Y) q, double x, double y) =>
        ((q.X - p.X) * (y - p.Y)) - ((q.Y - p.Y) * (x - p.X));
}
