// Strategy.Saas on Azure, for `azd up`: one resource group holding the web host on Azure Container
// Apps, Azure SQL, Key Vault, a container registry and monitoring, joined by one managed identity.
// Nothing here holds a password: SQL is Entra-only, secrets live in Key Vault and are read by identity.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name (AZURE_ENV_NAME); names the resource group and seeds resource names.')
param environmentName string

@minLength(1)
@description('Azure region (AZURE_LOCATION), e.g. polandcentral.')
param location string

@description('Object id of the person or pipeline running azd (AZURE_PRINCIPAL_ID): may manage certificates and secrets in Key Vault. Empty: no such grant.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal', 'Group'])
@description('What principalId is (AZURE_PRINCIPAL_TYPE).')
param principalType string = 'User'

@description('Whether the web container app exists already (azd sets SERVICE_WEB_RESOURCE_EXISTS); keeps its deployed image on re-provisioning.')
param webExists bool = false

@minLength(1)
@description('SMTP server for invitations and password resets (Email:SmtpHost); the host refuses to start in Production without it.')
param smtpHost string

@description('SMTP port (Email:SmtpPort); STARTTLS is used when the server offers it.')
param smtpPort string = '587'

@description('SMTP user name (Email:SmtpUserName); empty for a relay without authentication.')
param smtpUserName string = ''

@secure()
@description('SMTP password; stored in Key Vault as smtp-password and read from there. Empty: none.')
param smtpPassword string = ''

@minLength(3)
@description('Sender address of the e-mails (Email:From), e.g. strategia@gmina.example.pl.')
param emailFrom string

@description('Address people reach the product at, for links in e-mails (App:PublicBaseUrl). Empty: the container app\'s own https address.')
param publicBaseUrl string = ''

@description('OTLP endpoint for traces and metrics (OTEL_EXPORTER_OTLP_ENDPOINT). Empty: not set.')
param otlpEndpoint string = ''

@description('E-mail of the first platform admin (Platform:InitialAdminEmail), created at start while the platform has none. Empty: not set.')
param initialAdminEmail string = ''

@description('Display name of an Entra group to make the SQL server\'s administrator instead of the web identity (the identity must then be a member). Empty: the web identity is the administrator.')
param sqlAdminGroupName string = ''

@description('Object id of that group.')
param sqlAdminGroupObjectId string = ''

@description('Key Vault purge protection: deleted secrets and certificates stay recoverable for 90 days and the vault name stays taken.')
param keyVaultPurgeProtection bool = true

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

// Secrets in Key Vault, by name (the OpenIddict certificates are named in openiddict-certificates.bicep).
var vaultEntries = {
  sqlConnectionString: 'sql-connection-string'
  smtp: 'smtp-password' // the SMTP password, when one is given
}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-web-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  scope: rg
  params: {
    name: 'cr${resourceToken}'
    location: location
    tags: tags
    pullPrincipalId: identity.outputs.principalId
  }
}

module sql 'modules/sql.bicep' = {
  name: 'sql'
  scope: rg
  params: {
    serverName: 'sql-${resourceToken}'
    databaseName: 'strategy'
    location: location
    tags: tags
    adminName: empty(sqlAdminGroupObjectId) ? identity.outputs.name : sqlAdminGroupName
    adminObjectId: empty(sqlAdminGroupObjectId) ? identity.outputs.principalId : sqlAdminGroupObjectId
    adminType: empty(sqlAdminGroupObjectId) ? 'Application' : 'Group'
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    purgeProtection: keyVaultPurgeProtection
    readerPrincipalId: identity.outputs.principalId
    operatorPrincipalId: principalId
    operatorPrincipalType: principalType
    entries: vaultEntries
    // No password in it: the identity named by User Id signs in with an Entra token.
    sqlConnectionString: 'Server=tcp:${sql.outputs.fullyQualifiedDomainName},1433;Initial Catalog=${sql.outputs.databaseName};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;Authentication=Active Directory Managed Identity;User Id=${identity.outputs.clientId}'
    smtpPassword: smtpPassword
  }
}

module certificates 'modules/openiddict-certificates.bicep' = {
  name: 'openiddict-certificates'
  scope: rg
  params: {
    location: location
    tags: tags
    identityName: 'id-deploy-${resourceToken}'
    keyVaultName: keyVault.outputs.name
  }
}

module containerAppsEnvironment 'modules/container-apps-environment.bicep' = {
  name: 'container-apps-environment'
  scope: rg
  params: {
    name: 'cae-${resourceToken}'
    location: location
    tags: tags
    logAnalyticsName: monitoring.outputs.logAnalyticsName
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  scope: rg
  params: {
    name: 'ca-web-${resourceToken}'
    location: location
    tags: union(tags, { 'azd-service-name': 'web' })
    exists: webExists
    environmentId: containerAppsEnvironment.outputs.id
    environmentDomain: containerAppsEnvironment.outputs.defaultDomain
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    registryLoginServer: registry.outputs.loginServer
    keyVaultUri: keyVault.outputs.uri
    entries: vaultEntries
    connectionStringEntry: keyVault.outputs.connectionStringEntry
    signingCertificateName: certificates.outputs.signingCertificateName
    encryptionCertificateName: certificates.outputs.encryptionCertificateName
    dataProtectionCertificateName: certificates.outputs.dataProtectionCertificateName
    hasSmtpPassword: !empty(smtpPassword)
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUserName: smtpUserName
    emailFrom: emailFrom
    publicBaseUrl: publicBaseUrl
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    otlpEndpoint: otlpEndpoint
    initialAdminEmail: initialAdminEmail
  }
}

// Read by azd (deploy needs the registry and the service's name) and written to .azure/<env>/.env.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = registry.outputs.loginServer
output AZURE_CONTAINER_REGISTRY_NAME string = registry.outputs.name
output AZURE_CONTAINER_ENVIRONMENT_NAME string = containerAppsEnvironment.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_SQL_SERVER_NAME string = sql.outputs.serverName
output AZURE_SQL_DATABASE_NAME string = sql.outputs.databaseName
output AZURE_WEB_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.applicationInsightsConnectionString
output SERVICE_WEB_NAME string = web.outputs.name
output SERVICE_WEB_URI string = web.outputs.uri
