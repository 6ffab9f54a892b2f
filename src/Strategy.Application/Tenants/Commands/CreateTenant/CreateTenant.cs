using Strategy.Application.Common.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Import;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;
using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;
using Strategy.Application.Access;
using Strategy.Application.Tenants;

namespace Strategy.Application.Tenants.Commands.CreateTenant;

/// <summary>
/// Onboards a gmina from the TERC register: its identifier (suggested when left empty), its first
/// strategy from a starting model, and an invitation for its first administrator.
/// </summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record CreateTenantCommand(string TerytCode, string? Identifier, StartingModel StartingModel, string FirstAdminEmail, bool PublicPages, string? DocumentName = null, byte[]? Document = null)
    : ICommand<CreatedTenantDto>;

public sealed record CreatedTenantDto(Guid Id, string Identifier, string Name, Guid InvitationId);

public sealed class CreateTenantHandler(IAppDbContext db, IMunicipalityRegister register, ITenantProvisioner provisioner, StrategyFileReader files, ICurrentUser user, IAuditLog audit, IAppLinks links, TimeProvider clock)
    : ICommandHandler<CreateTenantCommand, CreatedTenantDto>
{
    public async ValueTask<CreatedTenantDto> Handle(CreateTenantCommand command, CancellationToken cancellationToken)
    {
        var municipality = await Onboarding.MunicipalityWithoutTenantAsync(db, register, command.TerytCode, cancellationToken);
        var identifier = string.IsNullOrWhiteSpace(command.Identifier)
            ? await Onboarding.SuggestIdentifierAsync(db, municipality, cancellationToken)
            : command.Identifier.Trim();
        if (await db.Tenants.AnyAsync(t => t.Identifier == identifier, cancellationToken))
        {
            throw new DomainException($"Identyfikator „{identifier}” jest już zajęty.");
        }

        // The file is read before anything is created: a file that cannot be read creates no gmina.
        var document = command.StartingModel == StartingModel.Document ? files.Read(command.DocumentName ?? "", command.Document ?? [], null, FileLimits.SignedIn).Model : null;
        var tenant = await provisioner.ProvisionAsync(municipality, identifier, command.StartingModel, command.PublicPages, document, cancellationToken);
        audit.Record(AuditActions.TenantCreated, tenant.Id, $"{tenant.Name} ({tenant.TerytCode}), początek: {StartingModelText.Of(command.StartingModel)}");
        var invitation = await Invitations.SendAsync(db, links, clock, tenant.Id, tenant.Name, command.FirstAdminEmail, TenantRole.TenantAdmin, null, user.UserId);
        audit.Record(AuditActions.InvitationSent, tenant.Id, $"{invitation.Email} jako {RoleNames.Of(TenantRole.TenantAdmin)}");
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedTenantDto(tenant.Id, tenant.Identifier, tenant.Name, invitation.InvitationId);
    }
}

