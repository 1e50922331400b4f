namespace ChatPhone.Core.Integrity;

/// <summary>One broken rule found in a tenant's stored state: which rule, and on what.</summary>
/// <param name="Rule">Stable rule name (<c>number.one_primary_per_user</c>).</param>
/// <param name="Subject">The object concerned (<c>numbers:+12065550100</c>).</param>
/// <param name="Detail">What is wrong, for a developer.</param>
public sealed record Violation(string Rule, string Subject, string Detail);
