using Microsoft.Extensions.Options;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Web.Identity;

/// <summary>The <c>App</c> configuration section.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The address people reach the product at, for links in e-mails (e.g. https://strategie.example.pl).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}

public sealed class AppLinks(IOptions<AppOptions> options) : IAppLinks
{
    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');

    public string Invitation(string token) => $"{Base}/account/zaproszenie?token={Uri.EscapeDataString(token)}";

    public string PasswordReset(string email, string code) =>
        $"{Base}/account/nowe-haslo?email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}";

    public string SignUpConfirmation(string token) => $"{Base}/rejestracja/potwierdzenie?token={Uri.EscapeDataString(token)}";

    public string Round(string tenant, Guid roundId) => $"{Base}/{tenant}/rundy/{roundId}";

    public string OpenData(string tenant, string file) => $"{Base}/{tenant}/otwarte-dane{(file.Length > 0 ? "/" + file : "")}";
}
