using FluentValidation;

namespace Strategy.Application.Institutions.Commands.LinkInstitution;

public sealed class LinkInstitutionValidator : AbstractValidator<LinkInstitutionCommand>
{
    public LinkInstitutionValidator()
    {
        RuleFor(c => c.InstitutionId).NotEmpty().WithMessage("Wybierz instytucję.");
        RuleFor(c => c.Role).IsInEnum().WithMessage("Wybierz rolę: koordynator, partner albo realizator.");
    }
}
