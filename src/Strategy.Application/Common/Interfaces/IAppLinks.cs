namespace Strategy.Application.Common.Interfaces;

/// <summary>Absolute links the product puts in e-mails.</summary>
public interface IAppLinks
{
    string Invitation(string token);

    string PasswordReset(string email, string code);

    /// <summary>Where the sender of a gmina's sign-up confirms it.</summary>
    string SignUpConfirmation(string token);

    /// <summary>A reporting round's page in a gmina: where a partner finds its to-do list.</summary>
    string Round(string tenant, Guid roundId);

    /// <summary>A gmina's open data file (<c>wskazniki.csv</c>, …) at its stable public address, for the dane.gov.pl feed.</summary>
    string OpenData(string tenant, string file);
}
