namespace Strategy.Application.Common.Exceptions;

/// <summary>The caller is known in this gmina (or on the platform) but may not do this: 403.</summary>
public sealed class ForbiddenException(string message = "Nie masz uprawnień do tej czynności.") : Exception(message);

/// <summary>The caller must sign in first: 401 for the API, the sign-in page for the UI.</summary>
public sealed class UnauthenticatedException() : Exception("Zaloguj się, aby kontynuować.");
