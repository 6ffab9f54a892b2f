// Key Vault in RBAC mode holds what the host must not carry in its configuration: the SQL connection
// string, the SMTP password and the OpenIddict certificates (created by openiddict-certificates.bicep).
// The web identity may only read secrets; the person running azd may manage secrets and certificates.
param name string
param location string
param tags object
param purgeProtection bool
@description('Principal that reads secrets at run time (the web identity).')
param readerPrincipalId string
@description('Principal that manages certificates and secrets (AZURE_PRINCIPAL_ID); empty for none.')
param operatorPrincipalId string
param operatorPrincipalType string
@description('Names of the secrets in the vault (see main.bicep).')
param entries object
@secure()
param sqlConnectionString string
@secure()
param smtpPassword string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Purge protection cannot be switched off once on; `null` leaves it off without sending `false`.
    enablePurgeProtection: purgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

var roles = {
  secretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  secretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  certificatesOfficer: 'a4417e6f-fecd-4de8-b567-7b0420556985'
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, roles.secretsUser)
  properties: {
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.secretsUser)
  }
}

resource operatorRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [roles.secretsOfficer, roles.certificatesOfficer]: if (!empty(operatorPrincipalId)) {
  scope: vault
  name: guid(vault.id, operatorPrincipalId, role)
  properties: {
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource sqlConnection 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: entries.sqlConnectionString
  properties: {
    value: sqlConnectionString
    contentType: 'text/plain'
  }
}

resource smtp 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: entries.smtp
  properties: {
    value: smtpPassword
    contentType: 'text/plain'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
// Read by the web app, so that it waits for the connection string to be written.
output connectionStringEntry string = sqlConnection.name
