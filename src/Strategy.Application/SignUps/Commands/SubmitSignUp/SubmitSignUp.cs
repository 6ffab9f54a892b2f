using Strategy.Application.Common.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Import;
using Strategy.Domain.Messaging;
using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;
using Strategy.Application.Tenants;

namespace Strategy.Application.SignUps.Commands.SubmitSignUp;

/// <summary>
/// A gmina asks to join: a request for a platform admin to approve or reject, once its sender has
/// confirmed it from the link e-mailed to them. Until then it holds nothing; unconfirmed requests a day
/// old are dropped here, with their files.
/// </summary>
[AllowAnyone]
public sealed record SubmitSignUpCommand(string TerytCode, string ContactName, string Email, StartingModel StartingModel, string? DocumentName = null, byte[]? Document = null) : ICommand<Guid>;

public sealed class SubmitSignUpHandler(IAppDbContext db, IMunicipalityRegister register, StrategyFileReader files, IAppLinks links, TimeProvider clock) : ICommandHandler<SubmitSignUpCommand, Guid>
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

        var now = clock.GetUtcNow();
        await DropExpiredAsync(now, cancellationToken);
        var request = new SignUpRequest(municipality.Code, municipality.Name, command.ContactName, command.Email, command.StartingModel, now, document);
        var token = request.IssueConfirmation();
        db.SignUpRequests.Add(request);
        db.OutboxMessages.Add(new OutboxMessage(
            request.Email,
            $"Potwierdź zgłoszenie gminy: {municipality.Name}",
            $"""
            Dzień dobry,

            ktoś (zapewne Pan lub Pani) zgłosił gminę {municipality.Name} do platformy strategii rozwiązywania problemów społecznych, podając ten adres e-mail.

            Aby zgłoszenie trafiło do administratorów platformy, potwierdź je w ciągu 24 godzin:
            {links.SignUpConfirmation(token)}

            Jeśli to nie Ty, zignoruj tę wiadomość: niepotwierdzone zgłoszenie zostanie usunięte.
            """,
            now));
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }

    private async Task DropExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        var unconfirmed = await db.SignUpRequests.Where(r => r.State == SignUpState.Unconfirmed).Select(r => new { r.Id, r.CreatedAt }).ToListAsync(ct);
        var expired = unconfirmed.Where(r => now - r.CreatedAt > SignUpRequest.ConfirmationWindow).Select(r => r.Id).ToList();
        if (expired.Count > 0)
        {
            await db.SignUpRequests.Where(r => expired.Contains(r.Id)).ExecuteDeleteAsync(ct);
        }
    }
}
