using FluentValidation;
using Strategy.Domain.Access;

namespace Strategy.Application.Access.Commands.InviteMember;

public sealed class InviteMemberValidator : AbstractValidator<InviteMemberCommand>
{
    public InviteMemberValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Podaj adres e-mail.")
            .EmailAddress().WithMessage("Adres e-mail jest nieprawidłowy.")
            .MaximumLength(256).WithMessage("Adres e-mail jest za długi.");
        RuleFor(c => c.Role).IsInEnum().WithMessage("Wybierz rolę.");
        RuleFor(c => c.InstitutionId).NotNull().When(c => c.Role == TenantRole.Partner).WithMessage("Partner musi mieć wybraną instytucję.");
        RuleFor(c => c.InstitutionId).Null().When(c => c.Role != TenantRole.Partner).WithMessage("Instytucję wybiera się tylko dla partnera.");
    }
}
