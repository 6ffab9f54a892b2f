namespace Strategy.Application.Common.Exceptions;

/// <summary>
/// The thing asked for does not exist in the current tenant. Another tenant's id ends here too:
/// to the caller it is indistinguishable from an id that never existed.
/// </summary>
public sealed class NotFoundException(string what, object key)
    : Exception($"Nie znaleziono: {what} ({key}).")
{
    public string What { get; } = what;
}
