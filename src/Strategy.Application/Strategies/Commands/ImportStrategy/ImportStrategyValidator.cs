using Strategy.Application.Common.Files;
using FluentValidation;
using Strategy.Application.Strategies.Import;

namespace Strategy.Application.Strategies.Commands.ImportStrategy;

public sealed class ImportStrategyValidator : AbstractValidator<ImportStrategyCommand>
{
    public ImportStrategyValidator()
    {
        RuleFor(c => c.Content).IsStrategyFile(FileLimits.SignedIn);
        RuleFor(c => c.Title).MaximumLength(500).WithMessage("Tytuł może mieć najwyżej 500 znaków.");
    }
}
