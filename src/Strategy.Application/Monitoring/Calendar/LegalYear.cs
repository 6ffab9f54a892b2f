using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Monitoring;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Monitoring.Calendar;

/// <param name="Basis">The provision that sets the date, when the law does.</param>
public sealed record LegalDateDto(DateOnly Date, string What, string? Basis, int DaysLeft);

/// <summary>A round the calendar proposes: the year just ended of a strategy that covers it and has no round for it yet.</summary>
public sealed record RoundProposalDto(Guid StrategyId, string StrategyTitle, int Year, DateOnly Deadline);

public sealed record OpenRoundDto(Guid Id, Guid StrategyId, int Year, DateOnly Deadline, int Version);

/// <param name="SentAt">When it went; null while it is still to go.</param>
public sealed record ScheduledReminderDto(Guid RoundId, int Year, DateOnly Deadline, int DaysBefore, DateOnly DueOn, DateTimeOffset? SentAt, int? Recipients);

/// <summary>
/// The gmina's legal year read against today: its dates with the days left, the round to propose, and the
/// partners' reminders scheduled back from each open round's deadline.
/// </summary>
public static class LegalYear
{
    public const string ResourceAssessmentBasis = "art. 16a ust. 4 ustawy o pomocy społecznej";
    public const string StateReportBasis = "art. 28aa ustawy o samorządzie gminnym";

    /// <summary>The gmina's calendar, or the default one it has until the coordinator changes a date.</summary>
    public static async Task<LegalCalendar> CalendarAsync(IAppDbContext db, CancellationToken ct) =>
        await db.LegalCalendars.AsNoTracking().SingleOrDefaultAsync(ct) ?? LegalCalendar.Default();

    /// <summary>The gmina's open rounds, oldest year first: their deadlines stand in the calendar for their years.</summary>
    public static async Task<IReadOnlyList<OpenRoundDto>> OpenRoundsAsync(IAppDbContext db, CancellationToken ct) =>
        await db.ReportingRounds.AsNoTracking().Where(r => r.ClosedAt == null).OrderBy(r => r.Year)
            .Select(r => new OpenRoundDto(r.Id, r.StrategyId, r.Year, r.Deadline, r.Version)).ToListAsync(ct);

    /// <summary>The gmina's next date from today, for the dashboard.</summary>
    public static async Task<LegalDateDto?> NextAsync(IAppDbContext db, DateOnly today, CancellationToken ct) =>
        Dates(await CalendarAsync(db, ct), [.. (await OpenRoundsAsync(db, ct)).Select(r => (r.Year, r.Deadline))], today).FirstOrDefault();

    /// <summary>
    /// The version a change is made from: 0 while the gmina keeps the default calendar (not stored), then one more than the
    /// stored row's (a stored row starts at 0), so "not yet changed" and "changed once" never look alike.
    /// </summary>
    public static int VersionOf(LegalCalendar calendar) => calendar.TenantId == Guid.Empty ? 0 : calendar.Version + 1;

    /// <summary>
    /// From today on, soonest first: the calendar's dates of this year's cycle (for the year before) and the next one,
    /// and each open round's deadline in place of the calendar's for its year.
    /// </summary>
    public static IReadOnlyList<LegalDateDto> Dates(LegalCalendar calendar, IReadOnlyList<(int Year, DateOnly Deadline)> openRounds, DateOnly today)
    {
        var dates = new List<LegalDateDto>();
        foreach (var cycle in new[] { today.Year, today.Year + 1 })
        {
            var year = cycle - 1;
            dates.Add(Date(LegalCalendar.In(calendar.ProposeRoundOn, cycle), $"Propozycja rundy sprawozdawczej za {year}", null, today));
            if (!openRounds.Any(r => r.Year == year))
            {
                dates.Add(Date(LegalCalendar.In(calendar.RoundDeadline, cycle), $"Termin przekazania danych za {year} przez partnerów", null, today));
            }

            dates.Add(Date(LegalCalendar.In(calendar.ResourceAssessmentDue, cycle), $"Ocena zasobów pomocy społecznej za {year} dla rady gminy", ResourceAssessmentBasis, today));
            dates.Add(Date(LegalCalendar.In(calendar.StateReportDue, cycle), $"Raport o stanie gminy za {year} (z realizacją strategii) dla rady gminy", StateReportBasis, today));
        }

        dates.AddRange(openRounds.Select(r => Date(r.Deadline, $"Termin przekazania danych za {r.Year} przez partnerów (otwarta runda)", null, today)));
        return [.. dates.Where(d => d.DaysLeft >= 0).OrderBy(d => d.Date)];
    }

    /// <summary>The rounds to propose today: from the proposal day until the deadline, for each adopted strategy covering the year just ended without a round for it.</summary>
    public static async Task<IReadOnlyList<RoundProposalDto>> ProposalsAsync(IAppDbContext db, LegalCalendar calendar, DateOnly today, CancellationToken ct)
    {
        var year = today.Year - 1;
        var deadline = LegalCalendar.In(calendar.RoundDeadline, today.Year);
        if (today < LegalCalendar.In(calendar.ProposeRoundOn, today.Year) || today > deadline)
        {
            return [];
        }

        return await db.Strategies.AsNoTracking()
            .Where(s => s.Status == StrategyStatus.Adopted && (s.PeriodStart == null || s.PeriodStart <= year) && (s.PeriodEnd == null || s.PeriodEnd >= year)
                && !db.ReportingRounds.Any(r => r.StrategyId == s.Id && r.Year == year))
            .OrderBy(s => s.Title)
            .Select(s => new RoundProposalDto(s.Id, s.Title, year, deadline))
            .ToListAsync(ct);
    }

    /// <summary>Each open round's reminders: the calendar's days before its deadline, sent or still to go.</summary>
    public static async Task<IReadOnlyList<ScheduledReminderDto>> RemindersAsync(IAppDbContext db, LegalCalendar calendar, CancellationToken ct)
    {
        var rounds = await db.ReportingRounds.AsNoTracking().Where(r => r.ClosedAt == null).OrderBy(r => r.Year).Select(r => new { r.Id, r.Year, r.Deadline }).ToListAsync(ct);
        var ids = rounds.Select(r => r.Id).ToList();
        var sent = await db.RoundReminders.AsNoTracking().Where(r => ids.Contains(r.RoundId)).ToListAsync(ct);
        return [.. rounds.SelectMany(r => calendar.DaysBefore.Select(days =>
        {
            var done = sent.FirstOrDefault(s => s.RoundId == r.Id && s.Deadline == r.Deadline && s.DaysBefore == days);
            return new ScheduledReminderDto(r.Id, r.Year, r.Deadline, days, r.Deadline.AddDays(-days), done?.SentAt, done?.Recipients);
        }))];
    }

    /// <summary>
    /// Of a round's reminders due by <paramref name="today"/>, the one nearest the deadline, unless it (or a later one) went
    /// already: a round opened late, or a scheduler that was down, sends one reminder, not every one it missed.
    /// </summary>
    public static int? DueDaysBefore(IReadOnlyList<int> daysBefore, DateOnly deadline, DateOnly today, IReadOnlyCollection<int> sentDaysBefore)
    {
        if (today > deadline)
        {
            return null;
        }

        var due = daysBefore.Where(d => deadline.AddDays(-d) <= today).Select(d => (int?)d).Min();
        return due is { } days && !sentDaysBefore.Any(s => s <= days) ? days : null;
    }

    private static LegalDateDto Date(DateOnly date, string what, string? basis, DateOnly today) => new(date, what, basis, date.DayNumber - today.DayNumber);
}
