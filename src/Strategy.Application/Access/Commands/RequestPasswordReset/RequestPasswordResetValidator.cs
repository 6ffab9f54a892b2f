using FluentValidation;

namespace Strategy.Application.Access.Commands.RequestPasswordReset;

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Podaj adres e-mail.")
            .MaximumLength(256).WithMessage("Adres e-mail jest za długi.");
    }
}
