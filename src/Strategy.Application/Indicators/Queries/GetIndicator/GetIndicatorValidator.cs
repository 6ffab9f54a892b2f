using FluentValidation;

namespace Strategy.Application.Indicators.Queries.GetIndicator;

public sealed class GetIndicatorValidator : AbstractValidator<GetIndicatorQuery>
{
    public GetIndicatorValidator() => RuleFor(q => q.Id).NotEmpty().WithMessage("Podaj identyfikator wskaźnika.");
}
