using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;
using Strategy.Application.Tenants;

namespace Strategy.Application.SignUps.Commands.ConfirmSignUp;

/// <summary>
/// The sender of a sign-up confirms it from the link e-mailed to them: only then does it wait for a
/// platform admin and hold its gmina's TERC code, so nobody can claim a gmina with an address they do not read.
/// </summary>
[AllowAnyone]
public sealed record ConfirmSignUpCommand(string Token) : ICommand<ConfirmedSignUpDto>;

public sealed record ConfirmedSignUpDto(Guid Id, string MunicipalityName);

public sealed class ConfirmSignUpHandler(IAppDbContext db, IMunicipalityRegister register, IAuditLog audit, TimeProvider clock) : ICommandHandler<ConfirmSignUpCommand, ConfirmedSignUpDto>
{
    public async ValueTask<ConfirmedSignUpDto> Handle(ConfirmSignUpCommand command, CancellationToken cancellationToken)
    {
        var hash = LinkToken.Hash(command.Token);
        var request = await db.SignUpRequests.SingleOrDefaultAsync(r => r.ConfirmationTokenHash == hash, cancellationToken)
            ?? throw new DomainException("Link potwierdzający jest nieprawidłowy albo zgłoszenie zostało już potwierdzone.");

        // Another request may have claimed the gmina meanwhile, or the gmina joined the platform.
        await Onboarding.MunicipalityWithoutTenantAsync(db, register, request.TerytCode.Value, cancellationToken);
        if (await db.SignUpRequests.AnyAsync(r => r.TerytCode == request.TerytCode && r.State == SignUpState.Pending, cancellationToken))
        {
            throw new DomainException($"Zgłoszenie gminy {request.MunicipalityName} ({request.TerytCode}) czeka już na rozpatrzenie.");
        }

        request.Confirm(clock.GetUtcNow());
        audit.Record(AuditActions.SignUpSubmitted, null, $"{request.MunicipalityName} ({request.TerytCode}), {request.Email}");
        await db.SaveChangesAsync(cancellationToken);
        return new ConfirmedSignUpDto(request.Id, request.MunicipalityName);
    }
}
