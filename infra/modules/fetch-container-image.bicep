// The image the web app runs now, so that re-provisioning keeps what `azd deploy` put there instead
// of going back to the placeholder. A module of its own: it must be read before the app is written.
param exists bool
param name string

resource existingApp 'Microsoft.App/containerApps@2025-01-01' existing = if (exists) {
  name: name
}

output containers array = exists ? existingApp!.properties.template.containers : []
