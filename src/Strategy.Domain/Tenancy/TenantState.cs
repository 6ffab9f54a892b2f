namespace Strategy.Domain.Tenancy;

public enum TenantState
{
    Pending = 0,
    Provisioning = 1,
    Active = 2,
    Suspended = 3,
}
