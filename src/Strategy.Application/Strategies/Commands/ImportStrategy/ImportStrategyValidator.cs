using FluentValidation;
using Strategy.Application.Strategies.Import;

namespace Strategy.Application.Strategies.Commands.ImportStrategy;

public sealed class ImportStrategyValidator : AbstractValidator<ImportStrategyCommand>
{
    public ImportStrategyValidator()
    {
        RuleFor(c => c.Content)
            .NotEmpty().WithMessage("Wybierz plik strategii (JSON, TXT albo DOCX).")
            .Must(c => c.Length <= StrategyFileReader.MaxBytes).WithMessage("Plik jest za duży: dopuszczalne jest 5 MB.");
        RuleFor(c => c.Title).MaximumLength(500).WithMessage("Tytuł może mieć najwyżej 500 znaków.");
    }
}
