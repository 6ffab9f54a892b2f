using Strategy.Application.Common.Files;
using FluentValidation;
using Strategy.Application.Strategies.Import;

namespace Strategy.Application.Strategies.Queries.ConvertStrategyFile;

public sealed class ConvertStrategyFileValidator : AbstractValidator<ConvertStrategyFileQuery>
{
    public ConvertStrategyFileValidator() => RuleFor(c => c.Content).IsStrategyFile(FileLimits.SignedIn);
}
