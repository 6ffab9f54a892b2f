using FluentValidation;
using Strategy.Application.Strategies.Format;

namespace Strategy.Application.Strategies.Queries.GetStrategyTemplate;

public sealed class GetStrategyTemplateValidator : AbstractValidator<GetStrategyTemplateQuery>
{
    public GetStrategyTemplateValidator()
    {
        RuleFor(q => q.Format).Must(f => f is StrategyFileFormat.Xlsx or StrategyFileFormat.Csv)
            .WithMessage("Szablon jest dostępny jako XLSX albo CSV; format JSON opisuje schemat docs/strategy-model.schema.json.");
    }
}
