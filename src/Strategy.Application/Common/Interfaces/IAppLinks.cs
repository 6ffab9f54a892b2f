namespace Strategy.Application.Common.Interfaces;

/// <summary>Absolute links the product puts in e-mails.</summary>
public interface IAppLinks
{
    string Invitation(string token);

    string PasswordReset(string email, string code);

    /// <summary>A reporting round's page in a gmina: where a partner finds its to-do list.</summary>
    string Round(string tenant, Guid roundId);
}
