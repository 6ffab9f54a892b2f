using Strategy.Application.Strategies.Models;

namespace Strategy.Web.Pages;

public sealed record IndicatorTableView(ElementDto Element, string Tenant);
