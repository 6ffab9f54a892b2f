// The web host's one identity: it pulls the image, reads Key Vault and signs in to Azure SQL.
// User-assigned, so it exists before the container app and the grants are in place when it starts.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
