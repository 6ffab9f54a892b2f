// Holds the images azd builds. No admin user: the web identity pulls with AcrPull, azd pushes with
// the signed-in person's own rights.
param name string
param location string
param tags object
@description('Principal allowed to pull images (the web identity).')
param pullPrincipalId string

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: 'Basic' }
  properties: {
    adminUserEnabled: false
  }
}

var acrPull = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dac-4ed5-4ed2-8e6f-a2d7c8a1eb6d')

resource pull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: registry
  name: guid(registry.id, pullPrincipalId, acrPull)
  properties: {
    principalId: pullPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: acrPull
  }
}

output name string = registry.name
output loginServer string = registry.properties.loginServer
