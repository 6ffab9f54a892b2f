using FluentValidation;
using Strategy.Domain.Benchmarking;

namespace Strategy.Application.Population.Commands.EnterPopulation;

public sealed class EnterPopulationValidator : AbstractValidator<EnterPopulationCommand>
{
    public EnterPopulationValidator(TimeProvider clock)
    {
        // Next year too: a gmina may enter its own estimate before GUS publishes the year.
        var latest = clock.GetUtcNow().Year + 1;
        RuleFor(c => c.Year)
            .InclusiveBetween(PopulationFigure.EarliestYear, latest)
            .WithMessage($"Rok musi być od {PopulationFigure.EarliestYear} do {latest}, np. 2024.");
        RuleFor(c => c.Residents)
            .GreaterThan(0)
            .WithMessage("Liczba mieszkańców musi być większa od zera.");
        RuleFor(c => c.Version)
            .GreaterThanOrEqualTo(0)
            .WithMessage("Podaj wersję liczby mieszkańców, którą poprawiasz (version z listy albo currentVersion z odpowiedzi 409), albo pomiń ją dla nowego roku.");
    }
}
