using Strategy.Domain.Common;

namespace Strategy.Domain.Monitoring;

/// <summary>
/// A gmina's legal year around its strategy, as dates within a year that the coordinator may move: the
/// reporting round for year N proposed in January N+1 with a deadline that leaves time before the ocena
/// zasobów pomocy społecznej (art. 16a ustawy o pomocy społecznej: to the council by 30 April) and the raport o
/// stanie gminy (art. 28aa ustawy o samorządzie gminnym: by 31 May), and partners reminded before the deadline.
/// The dates are kept as days of the year 2000 (a leap year, so 29 February can be kept); only day and month count.
/// </summary>
public sealed class LegalCalendar : TenantOwnedEntity
{
    public const int ReferenceYear = 2000;

    /// <summary>What the law fixes and a gmina may only bring forward.</summary>
    public static readonly DateOnly ResourceAssessmentLimit = new(ReferenceYear, 4, 30);
    public static readonly DateOnly StateReportLimit = new(ReferenceYear, 5, 31);

    public const int MaxReminders = 5;
    public const int MaxDaysBefore = 60;

    private LegalCalendar()
    {
    }

    /// <summary>The calendar every gmina starts with: proposal on 2 January, data by 31 March, reminders 14, 7 and 1 day before.</summary>
    public static LegalCalendar Default() => new()
    {
        ProposeRoundOn = new DateOnly(ReferenceYear, 1, 2),
        RoundDeadline = new DateOnly(ReferenceYear, 3, 31),
        ResourceAssessmentDue = ResourceAssessmentLimit,
        StateReportDue = StateReportLimit,
        ReminderDays = "14,7,1",
    };

    /// <summary>When the round for the year before is proposed (day and month).</summary>
    public DateOnly ProposeRoundOn { get; private set; }

    /// <summary>The deadline the proposed round gets (day and month of the year after the one reported on).</summary>
    public DateOnly RoundDeadline { get; private set; }

    /// <summary>When the ocena zasobów goes to the council: 30 April or earlier.</summary>
    public DateOnly ResourceAssessmentDue { get; private set; }

    /// <summary>When the raport o stanie gminy goes to the council: 31 May or earlier.</summary>
    public DateOnly StateReportDue { get; private set; }

    /// <summary>How many days before a round's deadline partners are reminded, comma-separated, largest first.</summary>
    public string ReminderDays { get; private set; } = "";

    public IReadOnlyList<int> DaysBefore => [.. ReminderDays.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The coordinator's dates, refused with the reason when they break the law's order.</summary>
    public void Change(DateOnly proposeRoundOn, DateOnly roundDeadline, DateOnly resourceAssessmentDue, DateOnly stateReportDue, IEnumerable<int> daysBefore)
    {
        var (propose, deadline, assessment, report) = (Day(proposeRoundOn), Day(roundDeadline), Day(resourceAssessmentDue), Day(stateReportDue));
        EnsureDeadlineAllowed(deadline);
        if (propose >= deadline)
        {
            throw new DomainException($"Rundę trzeba zaproponować przed jej terminem: {Text(propose)} nie jest wcześniej niż {Text(deadline)}.");
        }

        if (assessment > ResourceAssessmentLimit)
        {
            throw new DomainException($"Ocenę zasobów pomocy społecznej przedstawia się radzie do 30 kwietnia (art. 16a ust. 4 ustawy o pomocy społecznej): {Text(assessment)} jest za późno.");
        }

        if (report > StateReportLimit)
        {
            throw new DomainException($"Raport o stanie gminy przedstawia się radzie do 31 maja (art. 28aa ustawy o samorządzie gminnym): {Text(report)} jest za późno.");
        }

        var days = daysBefore.Distinct().OrderDescending().ToList();
        if (days.Count > MaxReminders || days.Any(d => d is < 1 or > MaxDaysBefore))
        {
            throw new DomainException($"Przypomnienia: najwyżej {MaxReminders}, każde od 1 do {MaxDaysBefore} dni przed terminem rundy.");
        }

        (ProposeRoundOn, RoundDeadline, ResourceAssessmentDue, StateReportDue) = (propose, deadline, assessment, report);
        ReminderDays = string.Join(',', days);
    }

    /// <summary>
    /// A round's deadline for year <paramref name="year"/> may not pass 31 May of the year after: by then the raport o stanie
    /// gminy, which covers the strategy's year, is before the council.
    /// </summary>
    public static void EnsureDeadlineAllowed(int year, DateOnly deadline)
    {
        var limit = new DateOnly(year + 1, 5, 31);
        if (deadline > limit)
        {
            throw new DomainException($"Termin rundy za {year} nie może być późniejszy niż 31.05.{year + 1}: do 31 maja wójt (burmistrz) przedstawia radzie raport o stanie gminy, który obejmuje realizację strategii w {year} r. (art. 28aa ustawy o samorządzie gminnym).");
        }
    }

    /// <summary>The day and month in a given year; 29 February falls on 28 February outside leap years.</summary>
    public static DateOnly In(DateOnly dayAndMonth, int year) =>
        new(year, dayAndMonth.Month, Math.Min(dayAndMonth.Day, DateTime.DaysInMonth(year, dayAndMonth.Month)));

    private static void EnsureDeadlineAllowed(DateOnly deadline)
    {
        if (deadline > StateReportLimit)
        {
            throw new DomainException($"Termin rund nie może przypadać po 31 maja: do tego dnia wójt (burmistrz) przedstawia radzie raport o stanie gminy, który obejmuje realizację strategii w poprzednim roku (art. 28aa ustawy o samorządzie gminnym). {Text(deadline)} jest za późno.");
        }
    }

    private static DateOnly Day(DateOnly date) => new(ReferenceYear, date.Month, date.Day);

    private static string Text(DateOnly day) => $"{day.Day}.{day.Month:00}";
}
