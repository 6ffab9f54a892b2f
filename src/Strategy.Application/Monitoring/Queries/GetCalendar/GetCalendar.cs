using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Mapping;
using Strategy.Application.Common.Security;
using Strategy.Application.Monitoring.Calendar;
using Strategy.Domain.Common;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Queries.GetCalendar;

/// <summary>The gmina's legal year: its dates with the days left, the next one, the rounds to propose, the reminders scheduled.</summary>
[RequiresPermission(Permission.ReadStrategy)]
[MembersOnly]
public sealed record GetCalendarQuery : IQuery<CalendarDto>;

/// <param name="Version">The calendar's version for a change (0 while the gmina keeps the default calendar).</param>
/// <param name="Rounds">The open rounds, whose deadlines the coordinator may move.</param>
public sealed record CalendarDto(
    CalendarSettingsDto Settings,
    IReadOnlyList<LegalDateDto> Dates,
    LegalDateDto? Next,
    IReadOnlyList<RoundProposalDto> Proposals,
    IReadOnlyList<OpenRoundDto> Rounds,
    IReadOnlyList<ScheduledReminderDto> Reminders,
    int Version,
    bool CanChange);

public sealed class GetCalendarHandler(IAppDbContext db, TimeProvider clock, ICurrentUser user) : IQueryHandler<GetCalendarQuery, CalendarDto>
{
    public async ValueTask<CalendarDto> Handle(GetCalendarQuery query, CancellationToken cancellationToken)
    {
        var today = PolishTime.Day(clock.GetUtcNow());
        var calendar = await LegalYear.CalendarAsync(db, cancellationToken);
        var open = await LegalYear.OpenRoundsAsync(db, cancellationToken);
        var dates = LegalYear.Dates(calendar, [.. open.Select(r => (r.Year, r.Deadline))], today);
        return new CalendarDto(
            calendar.ToDto(),
            dates,
            dates.FirstOrDefault(),
            await LegalYear.ProposalsAsync(db, calendar, today, cancellationToken),
            open,
            await LegalYear.RemindersAsync(db, calendar, cancellationToken),
            LegalYear.VersionOf(calendar),
            await CallerPermissions.PersonHasAsync(user, Permission.ManageStrategy, cancellationToken));
    }
}
