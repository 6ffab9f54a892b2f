namespace Strategy.Domain.Common;

/// <summary>Trimming, required-text and length checks shared by the entities.</summary>
public static class MunicipalStrategyText
{
    public static string Required(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException(message) : UnixLines(value.Trim());

    /// <param name="field">The field as a message names it, e.g. "Tytuł elementu 1.1".</param>
    public static string Required(string? value, string message, int maxLength, string field) =>
        Limited(Required(value, message), maxLength, field)!;

    public static string? Optional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : UnixLines(value.Trim());

    public static string? Optional(string? value, int maxLength, string field) =>
        Limited(Optional(value), maxLength, field);

    /// <summary>
    /// A browser's textarea sends CRLF; stored text keeps LF only, so pages and documents that split paragraphs
    /// on blank lines see them whatever sent the text.
    /// </summary>
    private static string UnixLines(string value) =>
        value.Contains('\r', StringComparison.Ordinal) ? value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : value;

    private static string? Limited(string? value, int maxLength, string field) =>
        value is { Length: var length } && length > maxLength
            ? throw new DomainException($"{field} może mieć najwyżej {maxLength} znaków (ma {length}).")
            : value;
}
