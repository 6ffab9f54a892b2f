using System.Reflection;
using Mediator;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Common.Behaviours;

/// <summary>
/// The one authorization model, for UI and API alike. Every message declares what it needs
/// (<see cref="RequiresPermissionAttribute"/>, <see cref="RequiresSignInAttribute"/> or
/// <see cref="AllowAnyoneAttribute"/>); a message that declares nothing is refused.
/// Outcomes: not signed in → 401; not part of this gmina → 404 (the gmina's data does not exist for
/// them); part of it but without the permission → 403. A gmina with public pages lets anyone read
/// (<see cref="Permission.ReadStrategy"/>) except messages marked <see cref="MembersOnlyAttribute"/>;
/// what the public may not see inside a readable message (drafts, history) the readers leave out
/// through <see cref="Audience"/>.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user, ITenantContext tenant, Audience audience)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly Attribute? Requirement =
        (Attribute?)typeof(TMessage).GetCustomAttribute<RequiresPermissionAttribute>()
        ?? (Attribute?)typeof(TMessage).GetCustomAttribute<RequiresSignInAttribute>()
        ?? typeof(TMessage).GetCustomAttribute<AllowAnyoneAttribute>();

    private static readonly bool MembersOnly = typeof(TMessage).IsDefined(typeof(MembersOnlyAttribute), inherit: false);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        switch (Requirement)
        {
            case AllowAnyoneAttribute:
                break;
            case RequiresSignInAttribute { IncludingApiClients: var clients }:
                if (!user.IsAuthenticated || (user.UserId is null && !(clients && user.ApiClientTenantId is not null)))
                {
                    throw new UnauthenticatedException();
                }

                break;
            case RequiresPermissionAttribute { Permission: var permission }:
                await AuthorizeAsync(permission, cancellationToken);
                if (MembersOnly && !await audience.IsMemberAsync(cancellationToken))
                {
                    throw user.IsAuthenticated ? new NotFoundException("gmina", tenant.Current?.Identifier ?? "") : new UnauthenticatedException();
                }

                break;
            default:
                throw new InvalidOperationException($"{typeof(TMessage).Name} declares no authorization requirement.");
        }

        return await next(message, cancellationToken);
    }

    private void RequireScope(Permission permission)
    {
        if (!CallerPermissions.ScopeAllows(user, permission))
        {
            throw new ForbiddenException("Token nie ma zakresu wymaganego do tej czynności.");
        }
    }

    private async ValueTask AuthorizeAsync(Permission permission, CancellationToken ct)
    {
        if (permission.IsPlatform())
        {
            if (!user.IsAuthenticated)
            {
                throw new UnauthenticatedException();
            }

            if (!user.IsPlatformAdmin)
            {
                throw new ForbiddenException();
            }

            RequireScope(permission);
            return;
        }

        var current = tenant.Current ?? throw new InvalidOperationException($"{typeof(TMessage).Name} needs a gmina.");

        if (user.ApiClientTenantId is { } clientTenant)
        {
            if (clientTenant != current.Id)
            {
                throw new NotFoundException("gmina", current.Identifier);
            }

            RequireScope(permission);
            return;
        }

        var roles = await user.RolesInCurrentTenantAsync(ct);
        if (RolePermissions.Grants(roles, permission))
        {
            RequireScope(permission);
            return;
        }

        if (permission == Permission.ReadStrategy && (current.PublicPagesEnabled || await user.HasSupportSessionAsync(ct)))
        {
            RequireScope(permission);
            return;
        }

        if (roles.Count > 0)
        {
            throw new ForbiddenException();
        }

        if (!user.IsAuthenticated)
        {
            throw new UnauthenticatedException();
        }

        // Signed in, but nothing in this gmina: as if it held nothing at all.
        throw new NotFoundException("gmina", current.Identifier);
    }
}
