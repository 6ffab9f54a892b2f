using FluentValidation;
using Strategy.Domain.Common;

namespace Strategy.Application.Strategies.Commands.CreateStrategy;

public sealed class CreateStrategyValidator : AbstractValidator<CreateStrategyCommand>
{
    public CreateStrategyValidator()
    {
        RuleFor(c => c.Title)
            .NotEmpty().WithMessage("Podaj tytuł strategii.")
            .MaximumLength(TextLimits.StrategyTitle).WithMessage($"Tytuł może mieć najwyżej {TextLimits.StrategyTitle} znaków.");
        RuleFor(c => c.PeriodStart).InclusiveBetween(1990, 2100).WithMessage("Rok początkowy okresu musi być między 1990 a 2100.");
        RuleFor(c => c.PeriodEnd)
            .InclusiveBetween(1990, 2100).WithMessage("Rok końcowy okresu musi być między 1990 a 2100.")
            .GreaterThanOrEqualTo(c => c.PeriodStart).When(c => c.PeriodStart is not null && c.PeriodEnd is not null)
            .WithMessage("Rok końcowy okresu nie może być wcześniejszy niż początkowy.");
        RuleFor(c => c.AdoptionResolution).MaximumLength(TextLimits.Resolution).WithMessage($"Uchwała może mieć najwyżej {TextLimits.Resolution} znaków.");
        RuleFor(c => c.LevelNames)
            .Must(l => l is not null && l.Any(n => !string.IsNullOrWhiteSpace(n))).WithMessage("Podaj nazwy poziomów strategii, od najwyższego (np. Cel strategiczny, Cel operacyjny, Zadanie).")
            .Must(l => l is null || l.Count(n => !string.IsNullOrWhiteSpace(n)) <= 6).WithMessage("Strategia może mieć najwyżej 6 poziomów.")
            .Must(l => l is null || l.All(n => (n?.Trim().Length ?? 0) <= TextLimits.LevelName)).WithMessage($"Nazwa poziomu może mieć najwyżej {TextLimits.LevelName} znaków.");
    }
}
