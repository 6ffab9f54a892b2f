using Strategy.Application.Monitoring.Calendar;
using Strategy.Domain.Common;
using Strategy.Domain.Monitoring;

namespace Strategy.UnitTests.Domain;

/// <summary>The legal year's rules: the law's last days, the reminders due on a day, days and months as people write them.</summary>
public sealed class LegalCalendarTests
{
    private static readonly DateOnly Day2 = new(2000, 1, 2);

    [Theory]
    [InlineData(2026, "2027-05-31", true)]
    [InlineData(2026, "2027-06-01", false)]
    [InlineData(2025, "2027-01-06", false)]
    public void A_rounds_deadline_may_not_pass_31_May_of_the_year_after(int year, string deadline, bool allowed)
    {
        var day = DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture);
        if (allowed)
        {
            LegalCalendar.EnsureDeadlineAllowed(year, day);
        }
        else
        {
            var refused = Assert.Throws<DomainException>(() => LegalCalendar.EnsureDeadlineAllowed(year, day));
            Assert.Contains($"31.05.{year + 1}", refused.Message, StringComparison.Ordinal);
            Assert.Contains("art. 28aa", refused.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1, 2, 6, 1, 4, 30, 5, 31, "Termin rund nie może przypadać po 31 maja")]
    [InlineData(1, 2, 3, 31, 5, 1, 5, 31, "do 30 kwietnia")]
    [InlineData(1, 2, 3, 31, 4, 30, 6, 1, "do 31 maja")]
    [InlineData(4, 1, 3, 31, 4, 30, 5, 31, "przed jej terminem")]
    public void The_calendar_refuses_dates_past_the_laws_with_the_reason(int pm, int pd, int dm, int dd, int am, int ad, int rm, int rd, string reason)
    {
        var calendar = LegalCalendar.Default();

        var refused = Assert.Throws<DomainException>(() => calendar.Change(new(2000, pm, pd), new(2000, dm, dd), new(2000, am, ad), new(2000, rm, rd), [14]));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2000, 3, 31), calendar.RoundDeadline);
    }

    [Fact]
    public void Reminders_are_at_most_five_each_within_sixty_days_and_kept_largest_first()
    {
        var calendar = LegalCalendar.Default();

        Assert.Throws<DomainException>(() => calendar.Change(Day2, new(2000, 3, 31), new(2000, 4, 30), new(2000, 5, 31), [0]));
        Assert.Throws<DomainException>(() => calendar.Change(Day2, new(2000, 3, 31), new(2000, 4, 30), new(2000, 5, 31), [61]));
        Assert.Throws<DomainException>(() => calendar.Change(Day2, new(2000, 3, 31), new(2000, 4, 30), new(2000, 5, 31), [1, 2, 3, 4, 5, 6]));
        calendar.Change(Day2, new(2000, 3, 31), new(2000, 4, 30), new(2000, 5, 31), [1, 21, 7, 7]);

        Assert.Equal([21, 7, 1], calendar.DaysBefore);
    }

    [Theory]
    [InlineData("2027-03-16", new int[0], null)]
    [InlineData("2027-03-17", new int[0], 14)]
    [InlineData("2027-03-20", new[] { 14 }, null)]
    [InlineData("2027-03-24", new[] { 14 }, 7)]
    [InlineData("2027-03-28", new int[0], 7)] // opened late: the one reminder nearest the deadline, not every missed one
    [InlineData("2027-03-30", new[] { 14, 7 }, 1)]
    [InlineData("2027-03-31", new[] { 14, 7, 1 }, null)]
    [InlineData("2027-04-01", new int[0], null)] // past the deadline: nothing more
    public void The_reminder_due_is_the_nearest_the_deadline_not_yet_sent(string today, int[] sent, int? due) =>
        Assert.Equal(due, LegalYear.DueDaysBefore([14, 7, 1], new DateOnly(2027, 3, 31), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), sent));

    [Theory]
    [InlineData("31.03", 3, 31)]
    [InlineData(" 2.1. ", 1, 2)]
    [InlineData("29.02", 2, 29)]
    public void A_day_and_month_is_read_as_people_write_it(string text, int month, int day) =>
        Assert.Equal(new DateOnly(2000, month, day), DayAndMonth.Parse(text, "Termin"));

    [Theory]
    [InlineData("31.02")]
    [InlineData("2027-03-31")]
    [InlineData("")]
    [InlineData("jutro")]
    public void Anything_else_is_refused_saying_what_was_written(string text) =>
        Assert.Contains("nie jest dniem i miesiącem", Assert.Throws<DomainException>(() => DayAndMonth.Parse(text, "Termin")).Message, StringComparison.Ordinal);

    [Fact]
    public void The_29th_of_February_falls_on_the_28th_outside_leap_years() =>
        Assert.Equal(new DateOnly(2027, 2, 28), LegalCalendar.In(new DateOnly(2000, 2, 29), 2027));

    [Fact]
    public void The_dates_from_today_name_the_law_and_put_an_open_rounds_deadline_in_place_of_the_calendars()
    {
        var dates = LegalYear.Dates(LegalCalendar.Default(), [(2026, new DateOnly(2027, 3, 20))], new DateOnly(2027, 1, 4));

        Assert.Equal(new DateOnly(2027, 3, 20), dates[0].Date);
        Assert.Equal(75, dates[0].DaysLeft);
        Assert.DoesNotContain(dates, d => d.Date == new DateOnly(2027, 3, 31));
        Assert.Equal(LegalYear.ResourceAssessmentBasis, dates.Single(d => d.Date == new DateOnly(2027, 4, 30)).Basis);
        Assert.Equal(LegalYear.StateReportBasis, dates.Single(d => d.Date == new DateOnly(2027, 5, 31)).Basis);
        Assert.Equal(new DateOnly(2028, 1, 2), dates.First(d => d.Date.Year == 2028).Date);
    }
}
