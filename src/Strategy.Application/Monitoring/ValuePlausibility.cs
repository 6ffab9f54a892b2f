using FluentValidation.Results;
using Strategy.Application.Common.Text;

namespace Strategy.Application.Monitoring;

/// <summary>
/// A value far from the indicator's own history — more than ten times, or less than a tenth of, the last approved
/// one — is more often a slip (a missing comma, the wrong unit) than news: it goes through only when the person
/// confirms it and says why in the note.
/// </summary>
public static class ValuePlausibility
{
    public const decimal Factor = 10m;

    /// <summary>The failures for the form and the API (properties <c>Confirmed</c> and <c>Note</c>), none when the value is plausible or confirmed.</summary>
    public static IReadOnlyList<ValidationFailure> Check(decimal? value, string? unit, (int Year, decimal Value)? lastApproved, bool confirmed, string? note)
    {
        if (value is not { } v || lastApproved is not { } last || last.Value == 0 || !Far(v, last.Value))
        {
            return [];
        }

        var how = Math.Abs(v) > Math.Abs(last.Value) ? "ponad 10 razy większa" : "ponad 10 razy mniejsza";
        var said = $"Wartość {PolishNumber.Format(v, unit)} jest {how} niż ostatnia zatwierdzona ({PolishNumber.Format(last.Value, unit)} za {last.Year}).";
        if (!confirmed)
        {
            return [new ValidationFailure("Confirmed", $"{said} Sprawdź ją; jeśli jest prawidłowa, zaznacz „Potwierdzam tę wartość” i wyjaśnij w uwadze, skąd ta zmiana.")];
        }

        return string.IsNullOrWhiteSpace(note)
            ? [new ValidationFailure("Note", $"{said} Wyjaśnij w uwadze, skąd ta zmiana: koordynator przeczyta to przy zatwierdzaniu.")]
            : [];
    }

    private static bool Far(decimal value, decimal last)
    {
        var ratio = Math.Abs(value) / Math.Abs(last);
        return Math.Sign(value) != Math.Sign(last) && value != 0 || ratio > Factor || ratio < 1 / Factor;
    }
}
