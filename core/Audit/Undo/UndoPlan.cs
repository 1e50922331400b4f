namespace ChatPhone.Core.Audit.Undo;

/// <summary>One change of the audit trail: the instant and one entry of the command that made it (a command writes one entry per document).</summary>
/// <param name="At">When the command ran (all its entries share it).</param>
/// <param name="EntryId">The id of one of its entries.</param>
public sealed record ChangeRef(DateTimeOffset At, string EntryId);

/// <summary>A person's recent change: which, and its action.</summary>
/// <param name="Change">The change.</param>
/// <param name="Action">Its action (<c>license.assign</c>).</param>
public sealed record RecentChange(ChangeRef Change, string Action);

/// <summary>What undoing a change will do: each document written back, with the fields that move.</summary>
/// <param name="Change">The change undone.</param>
/// <param name="Action">The change's action (<c>callqueue.update</c>).</param>
/// <param name="ActorName">Who made the change.</param>
/// <param name="Steps">One per document.</param>
public sealed record UndoPlan(ChangeRef Change, string Action, string ActorName, IReadOnlyList<UndoStep> Steps);

/// <summary>One document an undo writes back.</summary>
/// <param name="Collection">Its collection (<c>call-queues</c>).</param>
/// <param name="Id">Its id.</param>
/// <param name="Name">What it is called (its name, number or id).</param>
/// <param name="Effect">Whether it is removed, put back, or has fields set back.</param>
/// <param name="Fields">The fields set back (empty when removed or put back whole).</param>
/// <param name="Data">The JSON written back; null when the document is removed.</param>
public sealed record UndoStep(string Collection, string Id, string Name, UndoEffect Effect, IReadOnlyList<FieldChange> Fields, string? Data);

/// <summary>What an undo does to one document.</summary>
public enum UndoEffect
{
    /// <summary>The change created it: it is removed.</summary>
    Remove,

    /// <summary>The change removed it: it is put back as it was.</summary>
    PutBack,

    /// <summary>The change edited it: the fields it set are set back.</summary>
    SetBack,
}

/// <summary>What an undo did.</summary>
/// <param name="Action">The action undone.</param>
/// <param name="Documents">How many documents were written back.</param>
/// <param name="Names">Their names.</param>
public sealed record UndoResult(string Action, int Documents, IReadOnlyList<string> Names);
