using System.Diagnostics.CodeAnalysis;

namespace ChatPhone.Core.Common;

/// <summary>The outcome of a command or query: a value, or an expected <see cref="Error"/>.</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The failure, when there is one.</summary>
    public Error? Error { get; }

    /// <summary>True when the operation succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value; reading it on a failure is a bug.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"Result failed with {Error.Code}.");

    /// <summary>A successful result.</summary>
    public static Result<T> Ok(T value) => new(value, null);

    /// <summary>A failed result.</summary>
    public static Result<T> Fail(Error error) => new(default, error);

    /// <summary>Lifts a value into a successful result.</summary>
    public static implicit operator Result<T>(T value) => Ok(value);

    /// <summary>Lifts an error into a failed result.</summary>
    public static implicit operator Result<T>(Error error) => Fail(error);
}
