using FluentValidation;

namespace Strategy.Application.Strategies.Commands.ImportStrategy;

public sealed class ImportStrategyValidator : AbstractValidator<ImportStrategyCommand>
{
    /// <summary>Five million characters: far more than any gmina's strategy (Chrzanów's is about 100 thousand).</summary>
    public const int MaxLength = 5_000_000;

    public ImportStrategyValidator() =>
        RuleFor(c => c.Json)
            .NotEmpty().WithMessage("Wybierz plik strategii (JSON).")
            .MaximumLength(MaxLength).WithMessage("Plik jest za duży: dopuszczalne jest 5 milionów znaków.");
}
