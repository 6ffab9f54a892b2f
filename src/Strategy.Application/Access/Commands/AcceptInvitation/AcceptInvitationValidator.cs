using FluentValidation;

namespace Strategy.Application.Access.Commands.AcceptInvitation;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Token).NotEmpty().WithMessage("Brakuje kodu zaproszenia.");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Podaj hasło.");
        RuleFor(c => c.DisplayName).MaximumLength(200).WithMessage("Imię i nazwisko może mieć najwyżej 200 znaków.");
    }
}
