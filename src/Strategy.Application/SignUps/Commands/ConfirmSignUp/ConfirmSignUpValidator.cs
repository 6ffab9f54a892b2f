using FluentValidation;

namespace Strategy.Application.SignUps.Commands.ConfirmSignUp;

public sealed class ConfirmSignUpValidator : AbstractValidator<ConfirmSignUpCommand>
{
    public ConfirmSignUpValidator() =>
        RuleFor(c => c.Token).NotEmpty().WithMessage("Link potwierdzający jest niepełny: otwórz go dokładnie tak, jak przyszedł w wiadomości.")
            .MaximumLength(100).WithMessage("Link potwierdzający jest nieprawidłowy.");
}
