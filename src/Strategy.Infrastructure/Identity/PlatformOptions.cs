namespace Strategy.Infrastructure.Identity;

public sealed class PlatformOptions
{
    public const string Section = "Platform";

    /// <summary>
    /// Who becomes the first platform admin of a platform that has none: at a start that migrates, the account is created
    /// (or an existing one promoted) at start-up and gets an e-mail to set its password.
    /// </summary>
    public string? InitialAdminEmail { get; set; }
}
