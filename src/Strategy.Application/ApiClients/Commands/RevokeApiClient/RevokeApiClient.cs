using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;

namespace Strategy.Application.ApiClients.Commands.RevokeApiClient;

/// <summary>Revokes an API client: it can get no new token, and the tokens it holds stop working.</summary>
[RequiresPermission(Permission.ManageApiClients)]
public sealed record RevokeApiClientCommand(Guid Id) : ICommand;

public sealed class RevokeApiClientHandler(IAppDbContext db, ITenantContext tenant, IApiClientRegistry registry, IAuditLog audit, TimeProvider clock) : ICommandHandler<RevokeApiClientCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiClientCommand command, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("klient API", command.Id);
        if (client.RevokedAt is null)
        {
            client.Revoke(clock.GetUtcNow());
            audit.Record(AuditActions.ApiClientRevoked, tenant.Current!.Id, client.ClientId);
            // Removing the application saves this unit of work with it; the final save covers a client already gone.
            await registry.RemoveAsync(client.ClientId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
