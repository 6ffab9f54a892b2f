namespace Strategy.Application.Common.Exceptions;

/// <summary>
/// A save made from an older version of a record than the stored one: someone else saved it in
/// between. Nothing is saved; the message says what the other person saved, when it is known.
/// </summary>
public sealed class ConflictException : Exception
{
    public ConflictException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public ConflictException(string message, int currentVersion, object? current)
        : base(message)
    {
        CurrentVersion = currentVersion;
        Current = current;
    }

    /// <summary>The stored version, to edit from.</summary>
    public int? CurrentVersion { get; }

    /// <summary>The record as stored now (a DTO), for an API client to show or merge.</summary>
    public object? Current { get; }
}
