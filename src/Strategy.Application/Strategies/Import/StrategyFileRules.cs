using Strategy.Application.Common.Files;
using FluentValidation;

namespace Strategy.Application.Strategies.Import;

/// <summary>The rule every upload of a strategy file shares: there is a file, within the size limit of who sends it.</summary>
public static class StrategyFileRules
{
    public static IRuleBuilderOptions<T, byte[]> IsStrategyFile<T>(this IRuleBuilder<T, byte[]> rule, FileLimits limits) => rule
        .NotEmpty().WithMessage($"Wybierz plik strategii ({StrategyFileReader.FormatNames}).")
        .Must(c => c.Length <= limits.MaxFileBytes).WithMessage($"Plik jest za duży: dopuszczalne jest {FileLimits.Megabytes(limits.MaxFileBytes)} MB.");
}
