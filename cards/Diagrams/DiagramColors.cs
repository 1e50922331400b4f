namespace ChatPhone.Cards.Diagrams;

/// <summary>
/// The diagram's palette: white background, dark text, and per kind a light fill with a darker border —
/// numbers and resource accounts blue-grey, attendants amber, queues lavender, whatever reaches someone green,
/// a hang-up grey, a dead end red. The simulated path is drawn in <see cref="Accent"/>.
/// </summary>
public static class DiagramColors
{
    private static readonly DiagramColor[] Palette =
    [
        new(0xFF, 0xFF, 0xFF), // Background
        new(0x1B, 0x1B, 0x1B), // Text
        new(0x5F, 0x63, 0x68), // Detail
        new(0x9A, 0xA0, 0xA6), // Edge
        new(0x1E, 0x5A, 0xA8), // Accent
        new(0xEC, 0xF0, 0xF5), // NeutralFill
        new(0x7D, 0x8A, 0x99), // NeutralBorder
        new(0xFF, 0xF0, 0xD2), // AttendantFill
        new(0xC2, 0x84, 0x0C), // AttendantBorder
        new(0xEA, 0xE3, 0xF7), // QueueFill
        new(0x7A, 0x5C, 0xB8), // QueueBorder
        new(0xDC, 0xF2, 0xE0), // ReachFill
        new(0x2E, 0x8B, 0x47), // ReachBorder
        new(0xE2, 0xE2, 0xE2), // HangUpFill
        new(0xFB, 0xDA, 0xD7), // DeadEndFill
        new(0xC6, 0x28, 0x28), // DeadEndBorder
    ];

    /// <summary>The accent colour of the simulated path (#1E5AA8).</summary>
    public static DiagramColor Accent => Of(Ink.Accent);

    /// <summary>The background (white).</summary>
    public static DiagramColor Background => Of(Ink.Background);

    /// <summary>The colour of titles.</summary>
    public static DiagramColor Text => Of(Ink.Text);

    /// <summary>The colour of a box's second line and of the labels of arrows that are not on the simulated path.</summary>
    public static DiagramColor Detail => Of(Ink.Detail);

    /// <summary>The colour of arrows that are not on the simulated path.</summary>
    public static DiagramColor Edge => Of(Ink.Edge);

    /// <summary>Every colour of the palette, in palette order.</summary>
    public static IReadOnlyList<DiagramColor> All => Palette;

    /// <summary>The inside of a box of <paramref name="kind"/>.</summary>
    public static DiagramColor Fill(DiagramNodeKind kind) => Of(FillInk(kind));

    /// <summary>The border of a box of <paramref name="kind"/> that is not on the simulated path.</summary>
    public static DiagramColor Border(DiagramNodeKind kind) => Of(BorderInk(kind));

    internal static DiagramColor Of(Ink ink) => Palette[(int)ink];

    internal static Ink FillInk(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.AutoAttendant or DiagramNodeKind.CallFlow or DiagramNodeKind.Menu => Ink.AttendantFill,
        DiagramNodeKind.CallQueue => Ink.QueueFill,
        DiagramNodeKind.Person or DiagramNodeKind.Voicemail or DiagramNodeKind.Operator or DiagramNodeKind.ExternalNumber => Ink.ReachFill,
        DiagramNodeKind.HangUp => Ink.HangUpFill,
        DiagramNodeKind.DeadEnd => Ink.DeadEndFill,
        _ => Ink.NeutralFill,
    };

    internal static Ink BorderInk(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.AutoAttendant or DiagramNodeKind.CallFlow or DiagramNodeKind.Menu => Ink.AttendantBorder,
        DiagramNodeKind.CallQueue => Ink.QueueBorder,
        DiagramNodeKind.Person or DiagramNodeKind.Voicemail or DiagramNodeKind.Operator or DiagramNodeKind.ExternalNumber => Ink.ReachBorder,
        DiagramNodeKind.HangUp => Ink.Detail,
        DiagramNodeKind.DeadEnd => Ink.DeadEndBorder,
        _ => Ink.NeutralBorder,
    };
}
