namespace ChatPhone.Cards.Diagrams;

/// <summary>The palette index of each colour the renderer uses (the PNG is indexed: 16 colours, 4 bits a pixel).</summary>
internal enum Ink : byte
{
    Background,
    Text,
    Detail,
    Edge,
    Accent,
    NeutralFill,
    NeutralBorder,
    AttendantFill,
    AttendantBorder,
    QueueFill,
    QueueBorder,
    ReachFill,
    ReachBorder,
    HangUpFill,
    DeadEndFill,
    DeadEndBorder,
}
