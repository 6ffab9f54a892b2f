using FluentValidation;

namespace Strategy.Application.Strategies.Commands.ImportStrategy;

public sealed class ImportStrategyValidator : AbstractValidator<ImportStrategyCommand>
{
    /// <summary>5 MB: far more than any gmina's strategy (Chrzanów's document is about 75 kB of text).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public ImportStrategyValidator()
    {
        RuleFor(c => c.Content)
            .NotEmpty().WithMessage("Wybierz plik strategii (JSON, TXT albo DOCX).")
            .Must(c => c.Length <= MaxBytes).WithMessage("Plik jest za duży: dopuszczalne jest 5 MB.");
        RuleFor(c => c.Title).MaximumLength(500).WithMessage("Tytuł może mieć najwyżej 500 znaków.");
    }
}
