using FluentValidation;

namespace Strategy.Application.Strategies.Queries.GetStrategy;

public sealed class GetStrategyValidator : AbstractValidator<GetStrategyQuery>
{
    public GetStrategyValidator() => RuleFor(q => q.Id).NotEmpty().WithMessage("Podaj identyfikator strategii.");
}
