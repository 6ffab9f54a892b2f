using FluentValidation;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Indicators.Commands.EditIndicator;

public sealed class EditIndicatorValidator : AbstractValidator<EditIndicatorCommand>
{
    private const string Years = "od 1990 do 2100";

    public EditIndicatorValidator()
    {
        RuleFor(c => c.Id).NotEmpty().WithMessage("Podaj identyfikator wskaźnika.");
        RuleFor(c => c.Name)
            .NotEmpty().WithMessage("Podaj nazwę wskaźnika.")
            .MaximumLength(TextLimits.IndicatorName).WithMessage($"Nazwa może mieć najwyżej {TextLimits.IndicatorName} znaków.");
        RuleFor(c => c.Unit).MaximumLength(TextLimits.Unit).WithMessage($"Jednostka może mieć najwyżej {TextLimits.Unit} znaków.");
        RuleFor(c => c.DataSource).MaximumLength(TextLimits.DataSource).WithMessage($"Źródło danych może mieć najwyżej {TextLimits.DataSource} znaków.");
        RuleFor(c => c.Direction).IsInEnum().WithMessage("Wybierz pożądany kierunek: nieokreślony, wzrost albo spadek.");

        RuleFor(c => c.BaselineValue)
            .NotNull().When(c => c.BaselineYear is not null).WithMessage("Podaj wartość bazową do roku albo usuń rok wartości bazowej.");
        RuleFor(c => c.BaselineYear)
            .NotNull().When(c => c.BaselineValue is not null, ApplyConditionTo.CurrentValidator).WithMessage("Podaj rok wartości bazowej albo usuń wartość bazową.")
            .InclusiveBetween(Indicator.EarliestYear, Indicator.LatestYear).WithMessage($"Rok wartości bazowej musi być {Years}, np. 2019.");
        RuleFor(c => c.TargetValue)
            .NotNull().When(c => c.TargetYear is not null).WithMessage("Podaj wartość docelową do roku albo usuń rok wartości docelowej.");
        RuleFor(c => c.TargetYear)
            .NotNull().When(c => c.TargetValue is not null, ApplyConditionTo.CurrentValidator).WithMessage("Podaj rok wartości docelowej albo usuń wartość docelową.")
            .InclusiveBetween(Indicator.EarliestYear, Indicator.LatestYear).WithMessage($"Rok wartości docelowej musi być {Years}, np. 2025.");
        RuleFor(c => c.TargetYear)
            .GreaterThanOrEqualTo(c => c.BaselineYear).WithMessage(c => $"Rok wartości docelowej ({c.TargetYear}) nie może być wcześniejszy niż rok wartości bazowej ({c.BaselineYear}).")
            .When(c => c.BaselineYear is not null && c.TargetYear is not null);

        RuleFor(c => c.SupplierInstitutionId).NotEqual(Guid.Empty).WithMessage("Wybierz instytucję z listy albo koordynatora.");
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("Podaj wersję wskaźnika, którą edytowano (version z odpowiedzi ostatniego zapisu albo currentVersion z odpowiedzi 409).");
    }
}
