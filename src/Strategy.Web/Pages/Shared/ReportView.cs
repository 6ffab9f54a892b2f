using Strategy.Application.Reports;

namespace Strategy.Web.Pages.Shared;

/// <summary>A report on a page; <see cref="Heading"/> is the level of its chapter headings there (2 under the page's h1).</summary>
public sealed record ReportView(AnnualReportModel Report, int Heading);
