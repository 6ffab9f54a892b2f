using System.Globalization;
using Strategy.Domain.Common;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Calendar;

/// <summary>A day of the calendar as people write it, "31.03" (day and month), and back.</summary>
public static class DayAndMonth
{
    public static string Text(DateOnly day) => day.ToString("dd.MM", CultureInfo.InvariantCulture);

    /// <exception cref="DomainException">Not a day and month: said with what was written.</exception>
    public static DateOnly Parse(string? text, string field)
    {
        var parts = (text ?? "").Trim().TrimEnd('.').Split('.');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(LegalCalendar.ReferenceYear, month))
        {
            return new DateOnly(LegalCalendar.ReferenceYear, month, day);
        }

        throw new DomainException($"{field}: „{text}” nie jest dniem i miesiącem; wpisz je jak 31.03.");
    }
}
