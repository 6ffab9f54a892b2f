using FluentValidation;
using Strategy.Domain.Common;

namespace Strategy.Application.Strategies.Commands.EditElement;

public sealed class EditElementValidator : AbstractValidator<EditElementCommand>
{
    public EditElementValidator()
    {
        RuleFor(c => c.Id).NotEmpty().WithMessage("Podaj identyfikator elementu.");
        RuleFor(c => c.Title)
            .NotEmpty().WithMessage("Podaj tytuł elementu.")
            .MaximumLength(TextLimits.ElementTitle).WithMessage($"Tytuł może mieć najwyżej {TextLimits.ElementTitle} znaków.");
        RuleFor(c => c.Statement).MaximumLength(TextLimits.Statement).WithMessage($"Cel może mieć najwyżej {TextLimits.Statement} znaków.");
        RuleFor(c => c.Funding).MaximumLength(TextLimits.Funding).WithMessage($"Źródła finansowania mogą mieć najwyżej {TextLimits.Funding} znaków.");
        RuleFor(c => c.TimeFrame).MaximumLength(TextLimits.TimeFrame).WithMessage($"Termin realizacji może mieć najwyżej {TextLimits.TimeFrame} znaków.");
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("Podaj wersję elementu, którą edytowano (pole version z odczytu elementu).");
    }
}
