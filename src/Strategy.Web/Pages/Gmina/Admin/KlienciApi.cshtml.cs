using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.ApiClients.Commands.CreateApiClient;
using Strategy.Application.ApiClients.Commands.RevokeApiClient;
using Strategy.Application.ApiClients.Queries.ListApiClients;

namespace Strategy.Web.Pages.Gmina.Admin;

/// <summary>API clients of the gmina: create (the secret is shown once, on this response only) and revoke.</summary>
public sealed class KlienciApiModel(ISender sender) : FormPageModel
{
    public IReadOnlyList<ApiClientDto> Clients { get; private set; } = [];

    public CreatedApiClientDto? Created { get; private set; }

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Clients = await sender.Send(new ListApiClientsQuery(), ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        CreatedApiClientDto? created = null;
        if (await TrySendAsync(async () => created = await sender.Send(new CreateApiClientCommand(Input.DisplayName, Input.Scopes), ct)))
        {
            // Rendered, not redirected: the secret must not travel through TempData or a URL.
            Created = created;
            Input = new();
        }

        Clients = await sender.Send(new ListApiClientsQuery(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (await TrySendAsync(() => sender.Send(new RevokeApiClientCommand(id), ct).AsTask(), prefix: ""))
        {
            return RedirectToPage();
        }

        Clients = await sender.Send(new ListApiClientsQuery(), ct);
        return Page();
    }

    public sealed class CreateInput
    {
        [Display(Name = "nazwa klienta")]
        public string DisplayName { get; set; } = "";

        public List<string> Scopes { get; set; } = [];
    }
}
