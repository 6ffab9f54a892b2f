using FluentValidation;

namespace Strategy.Application.Strategies.Queries.GetElement;

public sealed class GetElementValidator : AbstractValidator<GetElementQuery>
{
    public GetElementValidator() => RuleFor(q => q.Id).NotEmpty().WithMessage("Podaj identyfikator elementu strategii.");
}
