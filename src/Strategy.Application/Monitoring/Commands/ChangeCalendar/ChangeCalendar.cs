using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Concurrency;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Monitoring.Calendar;
using Strategy.Domain.Audit;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Commands.ChangeCalendar;

/// <summary>
/// The coordinator moves the gmina's dates ("31.03": day and month) and the reminders' days before a round's deadline.
/// A round deadline after 31 May, an ocena zasobów after 30 April or a raport o stanie gminy after 31 May is refused with the law's reason.
/// </summary>
/// <param name="Version">The version read (0 for the default calendar); another's change in between is a conflict.</param>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record ChangeCalendarCommand(string? ProposeRoundOn, string? RoundDeadline, string? ResourceAssessmentDue, string? StateReportDue, IReadOnlyList<int>? ReminderDaysBefore, int Version)
    : ICommand<int>;

public sealed class ChangeCalendarHandler(IAppDbContext db, ITenantContext tenant, IAuditLog audit) : ICommandHandler<ChangeCalendarCommand, int>
{
    public async ValueTask<int> Handle(ChangeCalendarCommand command, CancellationToken cancellationToken)
    {
        var calendar = await db.LegalCalendars.SingleOrDefaultAsync(cancellationToken);
        VersionCheck.Ensure(calendar is null ? 0 : LegalYear.VersionOf(calendar), command.Version, () =>
        {
            var stored = calendar ?? LegalCalendar.Default();
            return new(
                "zmienił kalendarz",
                $"Teraz: propozycja rundy {DayAndMonth.Text(stored.ProposeRoundOn)}, termin rundy {DayAndMonth.Text(stored.RoundDeadline)}, "
                + $"ocena zasobów {DayAndMonth.Text(stored.ResourceAssessmentDue)}, raport o stanie gminy {DayAndMonth.Text(stored.StateReportDue)}",
                null);
        });
        if (calendar is null)
        {
            // Two first changes at once: the second insert breaks the one-calendar-per-gmina index, a conflict too.
            calendar = LegalCalendar.Default();
            db.LegalCalendars.Add(calendar);
        }

        calendar.Change(
            DayAndMonth.Parse(command.ProposeRoundOn, "Propozycja rundy"),
            DayAndMonth.Parse(command.RoundDeadline, "Termin rundy"),
            DayAndMonth.Parse(command.ResourceAssessmentDue, "Ocena zasobów"),
            DayAndMonth.Parse(command.StateReportDue, "Raport o stanie gminy"),
            command.ReminderDaysBefore ?? []);
        audit.Record(AuditActions.CalendarChanged, tenant.Current!.Id,
            $"propozycja {command.ProposeRoundOn}, termin rundy {command.RoundDeadline}, ocena zasobów {command.ResourceAssessmentDue}, raport o stanie gminy {command.StateReportDue}, przypomnienia {string.Join(", ", calendar.DaysBefore)} dni przed");
        await db.SaveChangesAsync(cancellationToken);
        return LegalYear.VersionOf(calendar);
    }
}
