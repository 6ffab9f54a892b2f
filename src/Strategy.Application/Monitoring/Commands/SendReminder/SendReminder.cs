using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;

namespace Strategy.Application.Monitoring.Commands.SendReminder;

/// <summary>The coordinator reminds an institution's people of the round's deadline, through the same outbox as invitations.</summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record SendReminderCommand(Guid RoundId, Guid InstitutionId) : ICommand<int>;

public sealed class SendReminderHandler(IAppDbContext db, ITenantContext tenant, IIdentityService identity, IAppLinks links, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<SendReminderCommand, int>
{
    public async ValueTask<int> Handle(SendReminderCommand command, CancellationToken cancellationToken)
    {
        var round = await db.ReportingRounds.SingleOrDefaultAsync(r => r.Id == command.RoundId, cancellationToken)
            ?? throw new NotFoundException("runda sprawozdawcza", command.RoundId);
        var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Id == command.InstitutionId, cancellationToken)
            ?? throw new NotFoundException("instytucja", command.InstitutionId);
        var userIds = await db.Memberships
            .Where(m => m.InstitutionId == institution.Id && m.Role == TenantRole.Partner)
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        if (userIds.Count == 0)
        {
            throw new DomainException($"Nikt z instytucji „{institution.Name}” nie ma konta partnera: zaproś kogoś z tej instytucji.");
        }

        var gmina = tenant.Current!;
        var now = clock.GetUtcNow();
        var users = await identity.GetUsersAsync(userIds, cancellationToken);
        foreach (var person in users.Values)
        {
            db.OutboxMessages.Add(PartnerReminder.To(person.Email, gmina, round, institution.Name, links, now));
        }

        audit.Record(AuditActions.ReminderSent, gmina.Id, $"{institution.Name}, rok {round.Year}: {users.Count} os.");
        await db.SaveChangesAsync(cancellationToken);
        return users.Count;
    }
}
