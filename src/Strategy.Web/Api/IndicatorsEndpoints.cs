using Mediator;
using Strategy.Application.Indicators.Commands.AddIndicator;
using Strategy.Application.Indicators.Commands.EditIndicator;
using Strategy.Application.Indicators.Commands.MapIndicator;
using Strategy.Application.Indicators.Queries.GetIndicator;
using Strategy.Domain.Indicators;

namespace Strategy.Web.Api;

public static class IndicatorsEndpoints
{
    public static void MapIndicatorsEndpoints(this RouteGroupBuilder tenant)
    {
        tenant.MapPost("/elements/{id}/indicators", async (Guid id, string tenant, AddIndicatorRequest body, ISender sender, CancellationToken ct) =>
            {
                var added = await sender.Send(new AddIndicatorCommand(id, body.Name ?? "", body.Unit), ct);
                return TypedResults.Created($"/api/v1/{tenant}/indicators/{added.Id}", added);
            })
            .WithName("AddIndicator")
            .WithTags("Wskaźniki")
            .WithSummary("Nowy wskaźnik elementu (nazwa, jednostka); resztę definicji ustawia PUT …/indicators/{id}")
            .ProducesValidationProblem()
            .ProducesAccessProblems();

        tenant.MapGet("/indicators/{id}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetIndicatorQuery(id), ct)))
            .WithName("GetIndicator")
            .WithTags("Wskaźniki")
            .WithSummary("Wskaźnik z zatwierdzonymi wartościami w kolejnych latach; historia zmian (history) tylko dla członków gminy, dla pozostałych null")
            .WithDescription("history to kroki zgłaszania wartości (szkice i przesłania partnerów, zatwierdzenia, zwroty): widzą je członkowie gminy, jej klienci API i sesje wsparcia. Na stronach publicznych history jest null, a wskaźnik strategii nieprzyjętej odpowiada 404.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        tenant.MapPut("/indicators/{id}", async (Guid id, EditIndicatorRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(
                    new EditIndicatorCommand(
                        id, body.Name ?? "", body.Unit, body.DataSource, body.Direction,
                        body.BaselineYear, body.BaselineValue, body.TargetYear, body.TargetValue,
                        body.SupplierInstitutionId, body.Version, body.Kind),
                    ct)))
            .WithName("EditIndicator")
            .WithTags("Wskaźniki")
            .WithSummary("Definicja wskaźnika: nazwa, jednostka, źródło danych, pożądany kierunek, wartości bazowa i docelowa, instytucja dostarczająca dane")
            .WithDescription("Zastępuje całą definicję: pominięte pole jest czyszczone (wartość bazowa lub docelowa bez roku i liczby, dostawca: koordynator). Wartości to liczby JSON (np. 1234.5, 11.6; tekst daje 400), zawsze razem z rokiem (1990–2100); rok bazowy nie może być późniejszy niż docelowy. direction: unspecified, increase albo decrease. kind (rodzaj wartości: count, percentage, rate, money, other; pominięty — bez zmiany) decyduje, jakie wartości są wiarygodne: liczba (count) jest całkowita i nieujemna. supplierInstitutionId to instytucja tej gminy (GET …/institutions); inna daje 404. Wartości w kolejnych latach się nie zmieniają. version to wersja z odpowiedzi poprzedniego zapisu; gdy ktoś zapisał wskaźnik w międzyczasie, odpowiedź to 409 z jego definicją (current) i aktualną wersją (currentVersion); nic nie jest zapisywane.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();

        tenant.MapPut("/indicators/{id}/benchmark-metric", async (Guid id, MapIndicatorRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new MapIndicatorCommand(id, body.MetricCode, body.Version), ct)))
            .WithName("MapIndicator")
            .WithTags("Wskaźniki")
            .WithSummary("Przypisanie wskaźnika do miernika katalogu porównawczego (metricCode) albo jego usunięcie (metricCode null)")
            .WithDescription("metricCode to kod z GET /api/v1/benchmark-metrics; nieznany kod daje 400. Zatwierdzone wartości przypisanego wskaźnika liczą się w porównaniach z innymi gminami, gdy gmina na to zgodziła się (PUT …/settings/benchmark-sharing). version to wersja wskaźnika z GET …/indicators/{id} albo poprzedniego zapisu; gdy ktoś zapisał wskaźnik w międzyczasie, odpowiedź to 409 z aktualnym przypisaniem (current) i wersją (currentVersion).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesAccessProblems();
    }
}

/// <summary>The body of <c>PUT …/indicators/{id}/benchmark-metric</c>: the metric's code, null for none.</summary>
public sealed record MapIndicatorRequest(string? MetricCode, int Version);

/// <summary>The body of <c>PUT …/indicators/{id}</c>.</summary>
public sealed record EditIndicatorRequest(
    string? Name,
    string? Unit,
    string? DataSource,
    IndicatorDirection Direction,
    int? BaselineYear,
    decimal? BaselineValue,
    int? TargetYear,
    decimal? TargetValue,
    Guid? SupplierInstitutionId,
    int Version,
    IndicatorKind? Kind = null);

public sealed record AddIndicatorRequest(string? Name, string? Unit);
