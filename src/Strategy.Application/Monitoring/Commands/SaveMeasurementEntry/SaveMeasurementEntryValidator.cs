using FluentValidation;
using Strategy.Domain.Common;

namespace Strategy.Application.Monitoring.Commands.SaveMeasurementEntry;

public sealed class SaveMeasurementEntryValidator : AbstractValidator<SaveMeasurementEntryCommand>
{
    /// <summary>More parts than any breakdown of a social indicator has (a reason per benefit, a group per age).</summary>
    public const int MaxParts = 30;

    public SaveMeasurementEntryValidator()
    {
        RuleFor(c => c.Value)
            .NotNull().WithMessage("Wpisz wartość, jej składowe albo zaznacz „brak danych”.")
            .When(c => !c.NoData && (c.Parts is null || c.Parts.Count == 0));
        RuleFor(c => c.Value)
            .Null().WithMessage("Przy „brak danych” pole wartości musi być puste.")
            .When(c => c.NoData);
        RuleFor(c => c.Parts!.Count)
            .LessThanOrEqualTo(MaxParts).WithMessage($"Wartość może mieć najwyżej {MaxParts} składowych.")
            .OverridePropertyName(nameof(SaveMeasurementEntryCommand.Parts))
            .When(c => c.Parts is not null);
        RuleForEach(c => c.Parts).ChildRules(part =>
        {
            part.RuleFor(p => p.Label)
                .NotEmpty().WithMessage("Każda składowa musi mieć nazwę, np. „bezrobocia”.")
                .MaximumLength(TextLimits.PartLabel).WithMessage($"Nazwa składowej może mieć najwyżej {TextLimits.PartLabel} znaków.");
            part.RuleFor(p => p.Unit).MaximumLength(TextLimits.Unit).WithMessage($"Jednostka składowej może mieć najwyżej {TextLimits.Unit} znaków.");
        }).When(c => c.Parts is not null && c.Parts.Count <= MaxParts);
        RuleFor(c => c.NoDataReason)
            .NotEmpty().WithMessage("Napisz, dlaczego brak danych (np. „instytucja nie prowadzi tej statystyki”): koordynator i rada muszą to wiedzieć.")
            .When(c => c.NoData);
        RuleFor(c => c.NoDataReason).MaximumLength(TextLimits.NoDataReason).WithMessage($"Powód może mieć najwyżej {TextLimits.NoDataReason} znaków.");
        RuleFor(c => c.Note).MaximumLength(TextLimits.Note).WithMessage($"Uwaga może mieć najwyżej {TextLimits.Note} znaków.");
    }
}
