using FluentValidation;
using Strategy.Domain.Common;

namespace Strategy.Application.Indicators.Commands.AddIndicator;

public sealed class AddIndicatorValidator : AbstractValidator<AddIndicatorCommand>
{
    public AddIndicatorValidator()
    {
        RuleFor(c => c.Name)
            .NotEmpty().WithMessage("Podaj nazwę wskaźnika.")
            .MaximumLength(TextLimits.IndicatorName).WithMessage($"Nazwa może mieć najwyżej {TextLimits.IndicatorName} znaków.");
        RuleFor(c => c.Unit).MaximumLength(TextLimits.Unit).WithMessage($"Jednostka może mieć najwyżej {TextLimits.Unit} znaków.");
    }
}
