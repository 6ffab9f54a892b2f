using Strategy.Application.Common.Files;
using FluentValidation;
using Strategy.Application.Strategies.Import;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.SignUps.Commands.SubmitSignUp;

public sealed class SubmitSignUpValidator : AbstractValidator<SubmitSignUpCommand>
{
    public SubmitSignUpValidator()
    {
        RuleFor(c => c.TerytCode).NotEmpty().WithMessage("Wybierz gminę z wyników wyszukiwania. Gminy oznaczonej „już na platformie” nie można dodać drugi raz: jej administrator zaprasza kolejne osoby.");
        RuleFor(c => c.ContactName).NotEmpty().WithMessage("Podaj imię i nazwisko osoby kontaktowej.").MaximumLength(200).WithMessage("Imię i nazwisko może mieć najwyżej 200 znaków.");
        RuleFor(c => c.Email).NotEmpty().WithMessage("Podaj adres e-mail.").EmailAddress().WithMessage("Adres e-mail jest nieprawidłowy.");
        RuleFor(c => c.StartingModel).IsInEnum().WithMessage("Wybierz model startowy.");
        RuleFor(c => c.Document).NotEmpty().When(c => c.StartingModel == StartingModel.Document).WithMessage($"Dołącz plik strategii gminy ({StrategyFileReader.FormatNames}).");
        RuleFor(c => c.Document!.Length).LessThanOrEqualTo(FileLimits.Anonymous.MaxFileBytes).When(c => c.Document is not null)
            .WithName(nameof(SubmitSignUpCommand.Document)).WithMessage($"Plik jest za duży: zgłoszenie przyjmuje najwyżej {FileLimits.Megabytes(FileLimits.Anonymous.MaxFileBytes)} MB.");
    }
}
