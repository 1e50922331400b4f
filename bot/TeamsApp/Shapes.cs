namespace ChatPhone.Bot.TeamsApp;

/// <summary>A shape as a signed distance: negative inside, positive outside, in the units of its coordinates.</summary>
/// <param name="x">Horizontal position (grows to the right).</param>
/// <param name="y">Vertical position (grows downwards, as in images).</param>
public delegate double Shape(double x, double y);

/// <summary>Signed-distance shapes and the operations the app icons are drawn with.</summary>
public static class Shapes
{
    /// <summary>A disc.</summary>
    public static Shape Circle(double cx, double cy, double radius) =>
        (x, y) => Length(x - cx, y - cy) - radius;

    /// <summary>An axis-aligned box of half-size (<paramref name="halfWidth"/>, <paramref name="halfHeight"/>) with rounded corners.</summary>
    public static Shape RoundedBox(double cx, double cy, double halfWidth, double halfHeight, double radius) => (x, y) =>
    {
        var qx = Math.Abs(x - cx) - halfWidth + radius;
        var qy = Math.Abs(y - cy) - halfHeight + radius;
        return Length(Math.Max(qx, 0), Math.Max(qy, 0)) + Math.Min(Math.Max(qx, qy), 0) - radius;
    };

    /// <summary>A segment from a to b thickened by <paramref name="radius"/> (round ends).</summary>
    public static Shape Capsule(double ax, double ay, double bx, double by, double radius) =>
        (x, y) => SegmentDistance(x, y, ax, ay, bx, by) - radius;

    /// <summary>A polygon (any simple one) given as x0, y0, x1, y1, …</summary>
    public static Shape Polygon(params double[] xy)
    {
        if (xy.Length < 6 || xy.Length % 2 != 0)
        {
            throw new ArgumentException("A polygon needs at least three (x, y) pairs.", nameof(xy));
        }

        return (x, y) =>
        {
            var distance = double.MaxValue;
            var inside = false;
            for (int i = 0, j = xy.Length - 2; i < xy.Length; j = i, i += 2)
            {
                var (x1, y1, x2, y2) = (xy[j], xy[j + 1], xy[i], xy[i + 1]);
                distance = Math.Min(distance, SegmentDistance(x, y, x1, y1, x2, y2));
                if ((y1 > y) != (y2 > y) && x < x1 + ((y - y1) * (x2 - x1) / (y2 - y1)))
                {
                    inside = !inside;
                }
            }

            return inside ? -distance : distance;
        };
    }

    /// <summary>
    /// A thick arc of the circle (<paramref name="cx"/>, <paramref name="cy"/>, <paramref name="radius"/>) from
    /// <paramref name="fromDegrees"/> to <paramref name="toDegrees"/> (counter-clockwise as seen on screen, 0° pointing right), round ends.
    /// </summary>
    public static Shape Arc(double cx, double cy, double radius, double halfThickness, double fromDegrees, double toDegrees)
    {
        var (from, to) = (Radians(fromDegrees), Radians(toDegrees));
        var (ax, ay) = (cx + (radius * Math.Cos(from)), cy - (radius * Math.Sin(from)));
        var (bx, by) = (cx + (radius * Math.Cos(to)), cy - (radius * Math.Sin(to)));
        return (x, y) =>
        {
            var angle = Math.Atan2(cy - y, x - cx);
            var sweep = Normalise(angle - from);
            return sweep <= Normalise(to - from)
                ? Math.Abs(Length(x - cx, y - cy) - radius) - halfThickness
                : Math.Min(Length(x - ax, y - ay), Length(x - bx, y - by)) - halfThickness;
        };
    }

    /// <summary>Everything inside any of <paramref name="shapes"/>.</summary>
    public static Shape Union(params Shape[] shapes) => (x, y) => shapes.Min(s => s(x, y));

    /// <summary><paramref name="shape"/> with <paramref name="hole"/> cut out.</summary>
    public static Shape Subtract(Shape shape, Shape hole) => (x, y) => Math.Max(shape(x, y), -hole(x, y));

    /// <summary>A line of width 2 × <paramref name="halfWidth"/> centred on the edge of <paramref name="shape"/>.</summary>
    public static Shape Stroke(Shape shape, double halfWidth) => (x, y) => Math.Abs(shape(x, y)) - halfWidth;

    /// <summary><paramref name="shape"/> grown by <paramref name="amount"/> on every side (a margin around it).</summary>
    public static Shape Grow(Shape shape, double amount) => (x, y) => shape(x, y) - amount;

    /// <summary><paramref name="shape"/> turned by <paramref name="degrees"/> (counter-clockwise on screen) around (cx, cy).</summary>
    public static Shape Rotate(Shape shape, double cx, double cy, double degrees)
    {
        var (cos, sin) = (Math.Cos(Radians(degrees)), Math.Sin(Radians(degrees)));
        return (x, y) =>
        {
            var (dx, dy) = (x - cx, y - cy);
            return shape(cx + (dx * cos) - (dy * sin), cy + (dx * sin) + (dy * cos));
        };
    }

    /// <summary>A shape drawn in the unit square, placed into the square at (left, top) of side <paramref name="size"/>.</summary>
    public static Shape Place(Shape unitShape, double left, double top, double size) =>
        (x, y) => unitShape((x - left) / size, (y - top) / size) * size;

    private static double SegmentDistance(double x, double y, double ax, double ay, double bx, double by)
    {
        var (px, py, ex, ey) = (x - ax, y - ay, bx - ax, by - ay);
        var lengthSquared = (ex * ex) + (ey * ey);
        var t = lengthSquared == 0 ? 0 : Math.Clamp(((px * ex) + (py * ey)) / lengthSquared, 0, 1);
        return Length(px - (ex * t), py - (ey * t));
    }

    private static double Length(double x, double y) => Math.Sqrt((x * x) + (y * y));

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Normalise(double radians)
    {
        var turn = 2 * Math.PI;
        return ((radians % turn) + turn) % turn;
    }
}
