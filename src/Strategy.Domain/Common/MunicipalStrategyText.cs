namespace Strategy.Domain.Common;

/// <summary>Trimming and required-text checks shared by the entities.</summary>
public static class MunicipalStrategyText
{
    public static string Required(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException(message) : value.Trim();

    public static string? Optional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
