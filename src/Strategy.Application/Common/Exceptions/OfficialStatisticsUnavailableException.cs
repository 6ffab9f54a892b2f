namespace Strategy.Application.Common.Exceptions;

/// <summary>
/// The source of official statistics did not answer, answered with an error, or kept refusing for
/// its rate limit after the retries: nothing was changed, the values there were stay.
/// </summary>
public sealed class OfficialStatisticsUnavailableException(string reason, Exception? inner = null)
    : Exception(UserMessage + " (" + reason + ")", inner)
{
    public const string UserMessage = "Bank Danych Lokalnych GUS jest niedostępny lub ogranicza liczbę zapytań. Dotychczasowe wartości zostały zachowane.";

    /// <summary>What went wrong, for the log (the status code, the timeout).</summary>
    public string Reason { get; } = reason;
}
