using FluentValidation;
using Strategy.Domain.Common;

namespace Strategy.Application.Institutions.Commands.RenameInstitution;

public sealed class RenameInstitutionValidator : AbstractValidator<RenameInstitutionCommand>
{
    public RenameInstitutionValidator() =>
        RuleFor(c => c.Name)
            .NotEmpty().WithMessage("Wpisz nową nazwę instytucji.")
            .MaximumLength(TextLimits.InstitutionName).WithMessage($"Nazwa instytucji może mieć najwyżej {TextLimits.InstitutionName} znaków.");
}
