using FluentValidation;

namespace Strategy.Application.Monitoring.Commands.OpenRound;

public sealed class OpenRoundValidator : AbstractValidator<OpenRoundCommand>
{
    public OpenRoundValidator()
    {
        RuleFor(c => c.StrategyId).NotEmpty().WithMessage("Wybierz strategię.");
        RuleFor(c => c.Year).InclusiveBetween(1990, 2100).WithMessage("Podaj rok, np. 2025.");
        RuleFor(c => c.Deadline).NotNull().WithMessage("Podaj termin przekazania danych.");
    }
}
