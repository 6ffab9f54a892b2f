namespace Strategy.Application.Monitoring.Calendar;

/// <summary>The calendar's days as day and month ("31.03"), and the reminders' days before a round's deadline.</summary>
public sealed record CalendarSettingsDto(string ProposeRoundOn, string RoundDeadline, string ResourceAssessmentDue, string StateReportDue, IReadOnlyList<int> ReminderDaysBefore);
