namespace Strategy.Application.Common.Security;

/// <summary>
/// Added to a <see cref="Permission.ReadStrategy"/> message that reads the gmina's internal work
/// (reporting rounds, the institution registry): public pages do not open it. Members, the gmina's
/// API clients and support sessions (see <see cref="Audience"/>) still may; anyone else is answered as
/// if the gmina were not public — 401 without sign-in, 404 when signed in.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MembersOnlyAttribute : Attribute;
