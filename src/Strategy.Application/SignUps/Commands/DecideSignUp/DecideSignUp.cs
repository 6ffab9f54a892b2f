using Strategy.Application.Common.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Import;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;
using Strategy.Domain.Messaging;
using Strategy.Application.Access;
using Strategy.Application.Tenants;

namespace Strategy.Application.SignUps.Commands.DecideSignUp;

/// <summary>
/// Approves a sign-up (the gmina is provisioned and its contact invited as administrator) or
/// rejects it with a reason, which is e-mailed to the contact.
/// </summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record DecideSignUpCommand(Guid RequestId, bool Approve, string? RejectionReason) : ICommand;

public sealed class DecideSignUpHandler(IAppDbContext db, IMunicipalityRegister register, ITenantProvisioner provisioner, StrategyFileReader files, ICurrentUser user, IAuditLog audit, IAppLinks links, TimeProvider clock)
    : ICommandHandler<DecideSignUpCommand>
{
    public async ValueTask<Unit> Handle(DecideSignUpCommand command, CancellationToken cancellationToken)
    {
        // An unconfirmed request is no request yet: its sender has not shown the address is theirs.
        var request = await db.SignUpRequests.SingleOrDefaultAsync(r => r.Id == command.RequestId && r.State != Domain.Tenancy.SignUpState.Unconfirmed, cancellationToken)
            ?? throw new NotFoundException("zgłoszenie", command.RequestId);
        var now = clock.GetUtcNow();
        if (!command.Approve)
        {
            request.Reject(command.RejectionReason ?? "", now);
            db.OutboxMessages.Add(new OutboxMessage(request.Email, $"Zgłoszenie gminy {request.MunicipalityName}", $"""
                Dzień dobry,

                zgłoszenie gminy {request.MunicipalityName} do platformy strategii zostało odrzucone.
                Powód: {request.RejectionReason}
                """, now));
            audit.Record(AuditActions.SignUpRejected, null, $"{request.MunicipalityName}: {request.RejectionReason}");
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        if (request.State != Domain.Tenancy.SignUpState.Pending)
        {
            throw new DomainException("To zgłoszenie zostało już rozpatrzone.");
        }

        var municipality = await Onboarding.MunicipalityWithoutTenantAsync(db, register, request.TerytCode.Value, cancellationToken);
        var identifier = await Onboarding.SuggestIdentifierAsync(db, municipality, cancellationToken);
        var document = request.Document is { } file ? files.Read(request.DocumentName!, file, null, FileLimits.Anonymous).Model : null;
        var tenant = await provisioner.ProvisionAsync(municipality, identifier, request.StartingModel, publicPages: false, document, cancellationToken);
        request.Approve(tenant.Id, now);
        await Invitations.SendAsync(db, links, clock, tenant.Id, tenant.Name, request.Email, TenantRole.TenantAdmin, null, user.UserId);
        audit.Record(AuditActions.SignUpApproved, tenant.Id, $"{tenant.Name} ({tenant.TerytCode}) jako {tenant.Identifier}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
