namespace Strategy.Application.Common.Security;

/// <summary>The permission a message (query or command) needs; checked by the authorization behaviour.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPermissionAttribute(Permission permission) : Attribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>The message is open to anyone, signed in or not (sign-up, the list of gminy, accepting an invitation).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnyoneAttribute : Attribute;

/// <summary>The message needs a signed-in person but no particular gmina or role (their own memberships).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresSignInAttribute : Attribute
{
    /// <summary>Any gmina's API client may send it too (platform reference data, such as the metric catalogue).</summary>
    public bool IncludingApiClients { get; init; }
}
