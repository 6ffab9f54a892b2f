// Azure SQL with Microsoft Entra authentication only: no SQL logins and no password anywhere.
// The administrator is the web identity (or a group holding it), because the host applies its own
// EF Core migrations at start and needs to create tables; see docs/adr/0014-azure-container-apps.md.
param serverName string
param databaseName string
param location string
param tags object
param adminName string
param adminObjectId string
@allowed(['Application', 'Group', 'User'])
param adminType string

resource server 'Microsoft.Sql/servers@2023-08-01' = {
  name: serverName
  location: location
  tags: tags
  properties: {
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      login: adminName
      sid: adminObjectId
      principalType: adminType
      tenantId: tenant().tenantId
    }
  }
}

// Container Apps without a virtual network have no fixed outbound address: admit Azure-hosted
// callers only (0.0.0.0 is Azure's convention for that); sign-in still needs an Entra token.
resource azureServices 'Microsoft.Sql/servers/firewallRules@2023-08-01' = {
  parent: server
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// Serverless General Purpose, never paused: the readiness probes query it all day anyway, and a
// paused database would fail the first requests after a quiet night.
resource database 'Microsoft.Sql/servers/databases@2023-08-01' = {
  parent: server
  name: databaseName
  location: location
  tags: tags
  sku: {
    name: 'GP_S_Gen5'
    tier: 'GeneralPurpose'
    family: 'Gen5'
    capacity: 2
  }
  properties: {
    autoPauseDelay: -1
    minCapacity: json('0.5')
  }
}

output serverName string = server.name
output fullyQualifiedDomainName string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
