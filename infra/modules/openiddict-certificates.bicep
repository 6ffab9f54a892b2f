// The token server's signing and encryption certificates and the certificate that encrypts the
// data-protection keys in the database, created in Key Vault on the first
// provisioning (self-signed, private key exportable, PKCS#12) by a deployment script, so the web
// app's Key Vault references resolve from its first revision. An existing certificate is never
// replaced: rotation is a deliberate step (infra/README.md). The script runs under its own identity,
// which may manage certificates in this vault and nothing else.
param location string
param tags object
param identityName string
param keyVaultName string

var signingCertificateName = 'openiddict-signing'
var encryptionCertificateName = 'openiddict-encryption'
var dataProtectionCertificateName = 'dataprotection-keys'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource scriptIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
  tags: tags
}

var certificatesOfficer = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'a4417e6f-fecd-4de8-b567-7b0420556985')

resource manageCertificates 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, scriptIdentity.id, certificatesOfficer)
  properties: {
    principalId: scriptIdentity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: certificatesOfficer
  }
}

resource createCertificates 'Microsoft.Resources/deploymentScripts@2023-08-01' = {
  name: 'create-openiddict-certificates'
  location: location
  tags: tags
  kind: 'AzureCLI'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${scriptIdentity.id}': {} }
  }
  dependsOn: [manageCertificates]
  properties: {
    azCliVersion: '2.67.0'
    scriptContent: loadTextContent('../scripts/create-openiddict-certificates.sh')
    environmentVariables: [
      { name: 'VAULT_NAME', value: vault.name }
      { name: 'SIGNING_CERTIFICATE', value: signingCertificateName }
      { name: 'ENCRYPTION_CERTIFICATE', value: encryptionCertificateName }
      { name: 'SIGNING_POLICY', value: loadTextContent('../certificates/openiddict-signing.json') }
      { name: 'ENCRYPTION_POLICY', value: loadTextContent('../certificates/openiddict-encryption.json') }
      { name: 'DATAPROTECTION_CERTIFICATE', value: dataProtectionCertificateName }
      { name: 'DATAPROTECTION_POLICY', value: loadTextContent('../certificates/dataprotection-keys.json') }
    ]
    timeout: 'PT20M'
    retentionInterval: 'PT1H'
    cleanupPreference: 'OnSuccess'
  }
}

// Read through the script, so that the web app waits for the certificates to exist.
output signingCertificateName string = createCertificates.properties.outputs.signing
output encryptionCertificateName string = createCertificates.properties.outputs.encryption
output dataProtectionCertificateName string = createCertificates.properties.outputs.dataProtection
