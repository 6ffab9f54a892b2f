using FluentValidation;

namespace Strategy.Application.SignUps.Commands.DecideSignUp;

public sealed class DecideSignUpValidator : AbstractValidator<DecideSignUpCommand>
{
    public DecideSignUpValidator() =>
        RuleFor(c => c.RejectionReason).NotEmpty().When(c => !c.Approve).WithMessage("Podaj powód odrzucenia.");
}
