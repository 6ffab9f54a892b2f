using FluentValidation;

namespace Strategy.Application.Tenants.Commands.OffboardTenant;

public sealed class OffboardTenantValidator : AbstractValidator<OffboardTenantCommand>
{
    public OffboardTenantValidator() =>
        RuleFor(c => c.ConfirmIdentifier).NotEmpty().WithMessage("Wpisz identyfikator gminy, aby potwierdzić jej usunięcie.");
}
