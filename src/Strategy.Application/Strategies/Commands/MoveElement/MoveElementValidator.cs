using FluentValidation;
using Strategy.Domain.Common;

namespace Strategy.Application.Strategies.Commands.MoveElement;

public sealed class MoveElementValidator : AbstractValidator<MoveElementCommand>
{
    public MoveElementValidator()
    {
        RuleFor(c => c.Id).NotEmpty().WithMessage("Podaj identyfikator elementu.");
        RuleFor(c => c.Code).MaximumLength(TextLimits.ElementCode).WithMessage($"Kod może mieć najwyżej {TextLimits.ElementCode} znaków.");
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("Podaj wersję elementu z odczytu (pole version).");
    }
}
