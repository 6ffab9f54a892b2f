using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring.Calendar;

/// <summary>
/// Sends the current gmina's reminders that fall due: for each open round, the calendar's reminder nearest its
/// deadline, once, to the partners of every institution with values or task reports still to send. Run on
/// schedule for each gmina in turn (ReminderScheduler); nobody signs in for it.
/// </summary>
public sealed class DueReminders(IAppDbContext db, ITenantContext tenant, IIdentityService identity, IAppLinks links, IAuditLog audit, TimeProvider clock)
{
    /// <returns>How many people were reminded.</returns>
    public async Task<int> SendAsync(CancellationToken ct)
    {
        var gmina = tenant.Current ?? throw new InvalidOperationException("Reminders are sent for one gmina at a time.");
        var now = clock.GetUtcNow();
        var today = PolishTime.Day(now);
        var calendar = await LegalYear.CalendarAsync(db, ct);
        var rounds = await db.ReportingRounds.Where(r => r.ClosedAt == null).ToListAsync(ct);
        var reminded = 0;
        foreach (var round in rounds)
        {
            var sent = await db.RoundReminders.Where(r => r.RoundId == round.Id && r.Deadline == round.Deadline).Select(r => r.DaysBefore).ToListAsync(ct);
            if (LegalYear.DueDaysBefore(calendar.DaysBefore, round.Deadline, today, sent) is not { } days)
            {
                continue;
            }

            var institutions = await OutstandingAsync(round, ct);
            var partners = await db.Memberships
                .Where(m => m.Role == TenantRole.Partner && m.InstitutionId != null && institutions.Keys.Contains(m.InstitutionId.Value))
                .Select(m => new { m.UserId, InstitutionId = m.InstitutionId!.Value })
                .ToListAsync(ct);
            var people = await identity.GetUsersAsync([.. partners.Select(p => p.UserId).Distinct()], ct);
            foreach (var partner in partners.Where(p => people.ContainsKey(p.UserId)))
            {
                db.OutboxMessages.Add(PartnerReminder.To(people[partner.UserId].Email, gmina, round, institutions[partner.InstitutionId], links, now));
            }

            db.RoundReminders.Add(new RoundReminder(round.Id, days, round.Deadline, partners.Count, now));
            audit.Record(AuditActions.ReminderSent, gmina.Id, $"Automatycznie, rok {round.Year}, {days} dni przed terminem {round.Deadline:dd.MM.yyyy}: {partners.Count} os.");
            try
            {
                await db.SaveChangesAsync(ct);
                reminded += partners.Count;
            }
            catch (Common.Exceptions.ConflictException)
            {
                // Another replica sent this one first (the reminder's unique key, a conflict): nothing of ours is kept, and this
                // unit of work, spoilt, ends here; the next pass takes up what is left.
                return reminded;
            }
        }

        return reminded;
    }

    /// <summary>The institutions (id → name) with an indicator value or a task report neither sent nor approved in the round.</summary>
    private async Task<Dictionary<Guid, string>> OutstandingAsync(ReportingRound round, CancellationToken ct)
    {
        static bool Open(ReviewStatus? status) => status is null or ReviewStatus.Draft or ReviewStatus.Returned;
        var active = await ActiveElements.IdsAsync(db, round.StrategyId, ct);
        var entries = await db.MeasurementEntries.AsNoTracking().Where(e => e.RoundId == round.Id).ToDictionaryAsync(e => e.IndicatorId, e => e.Status, ct);
        var suppliers = await db.Indicators.AsNoTracking()
            .Where(i => active.Contains(i.ElementId) && i.SupplierInstitutionId != null)
            .Select(i => new { i.Id, Institution = i.SupplierInstitutionId!.Value, Name = i.SupplierInstitution!.Name })
            .ToListAsync(ct);
        var reports = await db.TaskReports.AsNoTracking().Where(r => r.RoundId == round.Id).ToDictionaryAsync(r => r.ElementId, r => r.Status, ct);
        var tasks = await StrategyTasks.OfAsync(db, round.StrategyId, ct);

        var outstanding = new Dictionary<Guid, string>();
        foreach (var s in suppliers.Where(s => Open(entries.TryGetValue(s.Id, out var status) ? status : null)))
        {
            outstanding.TryAdd(s.Institution, s.Name);
        }

        foreach (var task in tasks.Where(t => Open(reports.TryGetValue(t.ElementId, out var status) ? status : null)))
        {
            foreach (var (id, name) in task.Institutions)
            {
                outstanding.TryAdd(id, name);
            }
        }

        return outstanding;
    }
}
