using FluentValidation;
using Strategy.Domain.Common;

namespace Strategy.Application.Strategies.Commands.AddElement;

public sealed class AddElementValidator : AbstractValidator<AddElementCommand>
{
    public AddElementValidator()
    {
        RuleFor(c => c.StrategyId).NotEmpty().WithMessage("Podaj identyfikator strategii.");
        RuleFor(c => c.Code)
            .NotEmpty().WithMessage("Podaj kod elementu (np. 1.2).")
            .MaximumLength(TextLimits.ElementCode).WithMessage($"Kod może mieć najwyżej {TextLimits.ElementCode} znaków.");
        RuleFor(c => c.Title)
            .NotEmpty().WithMessage("Podaj tytuł elementu.")
            .MaximumLength(TextLimits.ElementTitle).WithMessage($"Tytuł może mieć najwyżej {TextLimits.ElementTitle} znaków.");
        RuleFor(c => c.Statement).MaximumLength(TextLimits.Statement).WithMessage($"Cel może mieć najwyżej {TextLimits.Statement} znaków.");
    }
}
