using FluentValidation;
using Strategy.Domain.Common;

namespace Strategy.Application.Monitoring.Commands.SaveMeasurementEntry;

public sealed class SaveMeasurementEntryValidator : AbstractValidator<SaveMeasurementEntryCommand>
{
    public SaveMeasurementEntryValidator()
    {
        RuleFor(c => c.Value)
            .NotEmpty().WithMessage("Wpisz wartość, jej składowe albo zaznacz „brak danych”.")
            .When(c => !c.NoData && string.IsNullOrWhiteSpace(c.Parts));
        RuleFor(c => c.Value)
            .Empty().WithMessage("Przy „brak danych” pole wartości musi być puste.")
            .When(c => c.NoData);
        RuleFor(c => c.Parts)
            .Custom((parts, context) =>
            {
                if (ReportedValueText.Parts(parts, out var error) is null)
                {
                    context.AddFailure(error!);
                }
            })
            .When(c => !c.NoData);
        RuleFor(c => c.NoDataReason)
            .NotEmpty().WithMessage("Napisz, dlaczego brak danych (np. „instytucja nie prowadzi tej statystyki”): koordynator i rada muszą to wiedzieć.")
            .When(c => c.NoData);
        RuleFor(c => c.NoDataReason).MaximumLength(TextLimits.NoDataReason).WithMessage($"Powód może mieć najwyżej {TextLimits.NoDataReason} znaków.");
        RuleFor(c => c.Note).MaximumLength(TextLimits.Note).WithMessage($"Uwaga może mieć najwyżej {TextLimits.Note} znaków.");
    }
}
