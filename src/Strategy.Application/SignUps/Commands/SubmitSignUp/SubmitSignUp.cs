using Strategy.Application.Common.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Import;
using Strategy.Application.Tenants.Commands.CreateTenant;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.SignUps.Commands.SubmitSignUp;

/// <summary>A gmina asks to join: a request for a platform admin to approve or reject.</summary>
[AllowAnyone]
public sealed record SubmitSignUpCommand(string TerytCode, string ContactName, string Email, StartingModel StartingModel, string? DocumentName = null, byte[]? Document = null) : ICommand<Guid>;

public sealed class SubmitSignUpHandler(IAppDbContext db, IMunicipalityRegister register, StrategyFileReader files, IAuditLog audit, TimeProvider clock) : ICommandHandler<SubmitSignUpCommand, Guid>
{
    public async ValueTask<Guid> Handle(SubmitSignUpCommand command, CancellationToken cancellationToken)
    {
        var municipality = await Onboarding.MunicipalityWithoutTenantAsync(db, register, command.TerytCode, cancellationToken);
        if (await db.SignUpRequests.AnyAsync(r => r.TerytCode == municipality.Code && r.State == SignUpState.Pending, cancellationToken))
        {
            throw new DomainException($"Zgłoszenie gminy {municipality.Name} ({municipality.Code}) czeka już na rozpatrzenie.");
        }

        StartingDocument? document = null;
        if (command.StartingModel == StartingModel.Document)
        {
            // Read now, so the gmina hears at once that its file cannot be used, not after the decision.
            files.Read(command.DocumentName ?? "", command.Document ?? [], null, FileLimits.Anonymous);
            document = new StartingDocument(command.DocumentName!, command.Document!);
        }

        var request = new SignUpRequest(municipality.Code, municipality.Name, command.ContactName, command.Email, command.StartingModel, clock.GetUtcNow(), document);
        db.SignUpRequests.Add(request);
        audit.Record(AuditActions.SignUpSubmitted, null, $"{municipality.Name} ({municipality.Code}), {request.Email}");
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }
}
