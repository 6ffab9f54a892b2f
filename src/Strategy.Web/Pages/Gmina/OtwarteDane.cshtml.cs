using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.OpenData;
using Strategy.Application.OpenData.Queries.GetOpenData;

namespace Strategy.Web.Pages.Gmina;

/// <summary>The gmina's open data: what its files hold, where they are, and the feed address to give dane.gov.pl.</summary>
public sealed class OtwarteDaneModel(ISender sender, IAppLinks links) : PageModel
{
    public OpenDataSet Data { get; private set; } = null!;

    public string Link(string file) => links.OpenData(Data.Identifier, file);

    public IReadOnlyList<string> Columns => OpenDataFiles.Columns;

    public async Task OnGetAsync(CancellationToken ct) => Data = await sender.Send(new GetOpenDataQuery(), ct);
}
