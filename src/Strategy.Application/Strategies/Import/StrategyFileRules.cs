using FluentValidation;

namespace Strategy.Application.Strategies.Import;

/// <summary>The rule every upload of a strategy file shares: there is a file, within the size limit.</summary>
public static class StrategyFileRules
{
    public static IRuleBuilderOptions<T, byte[]> IsStrategyFile<T>(this IRuleBuilder<T, byte[]> rule) => rule
        .NotEmpty().WithMessage($"Wybierz plik strategii ({StrategyFileReader.FormatNames}).")
        .Must(c => c.Length <= StrategyFileReader.MaxBytes).WithMessage("Plik jest za duży: dopuszczalne jest 5 MB.");
}
