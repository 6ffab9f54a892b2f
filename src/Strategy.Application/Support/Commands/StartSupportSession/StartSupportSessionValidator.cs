using FluentValidation;

namespace Strategy.Application.Support.Commands.StartSupportSession;

public sealed class StartSupportSessionValidator : AbstractValidator<StartSupportSessionCommand>
{
    public StartSupportSessionValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Podaj powód sesji wsparcia (np. numer zgłoszenia).").MaximumLength(1000).WithMessage("Powód może mieć najwyżej 1000 znaków.");
}
