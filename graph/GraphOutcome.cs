using System.Diagnostics.CodeAnalysis;

namespace ChatPhone.Graph;

/// <summary>A value read from Graph, or the <see cref="GraphFailure"/> Graph answered once retries were spent.</summary>
public readonly record struct GraphOutcome<T>
{
    private readonly T? _value;

    private GraphOutcome(T? value, GraphFailure? failure)
    {
        _value = value;
        Failure = failure;
    }

    /// <summary>Graph's answer when the call failed.</summary>
    public GraphFailure? Failure { get; }

    /// <summary>True when Graph answered with a value.</summary>
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Failure is null;

    /// <summary>The value; reading it on a failure is a bug.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"Graph call failed with {Failure.Status} {Failure.Code}.");

    /// <summary>A value.</summary>
    public static GraphOutcome<T> Ok(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static GraphOutcome<T> Fail(GraphFailure failure) => new(default, failure);
}
