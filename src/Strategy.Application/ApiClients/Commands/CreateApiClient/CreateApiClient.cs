using System.Security.Cryptography;
using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;

namespace Strategy.Application.ApiClients.Commands.CreateApiClient;

/// <summary>
/// Creates an API client of the current gmina for the client-credentials flow. The secret is
/// returned here once and never again; only its hash is kept by the token server.
/// </summary>
[RequiresPermission(Permission.ManageApiClients)]
public sealed record CreateApiClientCommand(string DisplayName, IReadOnlyList<string> Scopes) : ICommand<CreatedApiClientDto>;

public sealed record CreatedApiClientDto(Guid Id, string ClientId, string ClientSecret, IReadOnlyList<string> Scopes);

public sealed class CreateApiClientHandler(IAppDbContext db, ITenantContext tenant, ICurrentUser user, IApiClientRegistry registry, IAuditLog audit, TimeProvider clock)
    : ICommandHandler<CreateApiClientCommand, CreatedApiClientDto>
{
    public async ValueTask<CreatedApiClientDto> Handle(CreateApiClientCommand command, CancellationToken cancellationToken)
    {
        var current = tenant.Current!;
        var clientId = $"{current.Identifier}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant()}";
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = new ApiClient(clientId, command.DisplayName, command.Scopes, user.UserId, clock.GetUtcNow());

        db.ApiClients.Add(client);
        audit.Record(AuditActions.ApiClientCreated, current.Id, $"{clientId} ({client.Scopes})");
        // The token server's store shares this unit of work: registering saves the client, its
        // audit entry and the token server's application together, or none of them.
        await registry.RegisterAsync(clientId, secret, client.DisplayName, current.Id, command.Scopes, cancellationToken);
        return new CreatedApiClientDto(client.Id, clientId, secret, client.Scopes.Split(' '));
    }
}
