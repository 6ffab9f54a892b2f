using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Messaging;

namespace Strategy.Application.Access.Commands.RequestPasswordReset;

/// <summary>
/// Someone who forgot their password asks for a link to set a new one, sent by e-mail (the outbox). The answer is
/// the same whether the account exists or not, so the form tells nobody which addresses have an account.
/// </summary>
[AllowAnyone]
public sealed record RequestPasswordResetCommand(string Email) : ICommand;

public sealed class RequestPasswordResetHandler(IAppDbContext db, IIdentityService identity, IAppLinks links, TimeProvider clock)
    : ICommandHandler<RequestPasswordResetCommand>
{
    public async ValueTask<Unit> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        if (await identity.PasswordResetCodeAsync(command.Email.Trim(), cancellationToken) is { } reset)
        {
            db.OutboxMessages.Add(new OutboxMessage(reset.Email, "Ustawienie nowego hasła", $"""
                Dzień dobry,

                aby ustawić nowe hasło do platformy strategii, otwórz link:
                {links.PasswordReset(reset.Email, reset.Code)}

                Jeśli to nie Ty prosiłeś o zmianę hasła, zignoruj tę wiadomość.
                """, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
