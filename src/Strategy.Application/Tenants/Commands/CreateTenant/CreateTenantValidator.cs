using FluentValidation;
using Strategy.Application.Strategies.Import;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Tenants.Commands.CreateTenant;

public sealed class CreateTenantValidator : AbstractValidator<CreateTenantCommand>
{
    public CreateTenantValidator()
    {
        RuleFor(c => c.TerytCode).NotEmpty().WithMessage("Wybierz gminę z wyników wyszukiwania. Gminy oznaczonej „już na platformie” nie można dodać drugi raz: jej administrator zaprasza kolejne osoby.");
        RuleFor(c => c.Identifier)
            .Must(i => Tenant.IsValidIdentifier(i) && !Tenant.ReservedSegments.Contains(i!))
            .When(c => !string.IsNullOrWhiteSpace(c.Identifier))
            .WithMessage("Identyfikator może zawierać małe litery a–z, cyfry i łączniki (2–63 znaki) i nie może być zarezerwowanym słowem.");
        RuleFor(c => c.StartingModel).IsInEnum().WithMessage("Wybierz model startowy.");
        RuleFor(c => c.Document).NotEmpty().When(c => c.StartingModel == StartingModel.Document).WithMessage($"Dołącz plik strategii gminy ({StrategyFileReader.FormatNames}).");
        RuleFor(c => c.FirstAdminEmail).NotEmpty().WithMessage("Podaj e-mail pierwszego administratora.")
            .EmailAddress().WithMessage("Adres e-mail jest nieprawidłowy.");
    }
}
