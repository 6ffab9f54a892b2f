using FluentValidation;
using Strategy.Application.Common.Security;

namespace Strategy.Application.ApiClients.Commands.CreateApiClient;

public sealed class CreateApiClientValidator : AbstractValidator<CreateApiClientCommand>
{
    public CreateApiClientValidator()
    {
        RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Podaj nazwę klienta API.").MaximumLength(200).WithMessage("Nazwa może mieć najwyżej 200 znaków.");
        RuleFor(c => c.Scopes).NotEmpty().WithMessage("Wybierz co najmniej jeden zakres uprawnień.");
        RuleForEach(c => c.Scopes).Must(s => ApiScopes.ForApiClients.Contains(s)).WithMessage((_, s) => $"Nieznany zakres „{s}”. Dostępne: {string.Join(", ", ApiScopes.ForApiClients)}.");
    }
}
