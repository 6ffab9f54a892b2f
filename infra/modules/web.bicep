// The web host: at least two replicas behind HTTPS ingress, scaled on concurrent requests, probed on
// the host's health endpoints, configured through environment variables whose names are the host's
// own configuration keys (`Section__Key`), with every secret a Key Vault reference read by identity.
param name string
param location string
param tags object
@description('Whether the app exists already (SERVICE_WEB_RESOURCE_EXISTS).')
param exists bool
param environmentId string
param environmentDomain string
param identityId string
param identityClientId string
param registryLoginServer string
param keyVaultUri string
@description('Names of the secrets in Key Vault (see main.bicep).')
param entries object
param connectionStringEntry string
param signingCertificateName string
param encryptionCertificateName string
@description('The certificate that encrypts the data-protection keys stored in the database.')
param dataProtectionCertificateName string
@description('Whether Key Vault holds an SMTP password.')
param hasSmtpPassword bool
param smtpHost string
param smtpPort string
param smtpUserName string
param emailFrom string
param publicBaseUrl string
param applicationInsightsConnectionString string
param otlpEndpoint string
param initialAdminEmail string

@minValue(2)
@description('Never fewer than two: one replica restarting must not take the product down.')
param minReplicas int = 2
@maxValue(30)
param maxReplicas int = 10
@description('Concurrent requests per replica above which another replica is added.')
param concurrentRequests int = 50
param cpu string = '0.5'
param memory string = '1Gi'

// Until `azd deploy` has pushed the host's image, the app runs a stand-in that also listens on 8080.
// The health probes are added only once the host's own image runs: the stand-in has no /health.
module current 'fetch-container-image.bicep' = {
  name: '${name}-image'
  params: {
    exists: exists
    name: name
  }
}

var runningImage = current.outputs.containers[?0].?image ?? ''
var hasAppImage = startsWith(runningImage, '${registryLoginServer}/')
var image = hasAppImage ? runningImage : 'mcr.microsoft.com/dotnet/samples:aspnetapp'
var port = 8080

// Key Vault certificates come out of Key Vault as base64 text (the secret form of a PKCS#12 file).
// They are mounted as files and decoded to PKCS#12 by the image's entrypoint before the host starts.
var certificatesMount = '/mnt/certificates'
var certificatesDirectory = '/tmp/certificates'

var keyVaultSecrets = [
  { name: 'sql-connection-string', keyVaultUrl: '${keyVaultUri}secrets/${connectionStringEntry}', identity: identityId }
  { name: 'openiddict-signing', keyVaultUrl: '${keyVaultUri}secrets/${signingCertificateName}', identity: identityId }
  { name: 'openiddict-encryption', keyVaultUrl: '${keyVaultUri}secrets/${encryptionCertificateName}', identity: identityId }
  { name: 'dataprotection-keys', keyVaultUrl: '${keyVaultUri}secrets/${dataProtectionCertificateName}', identity: identityId }
  ...(hasSmtpPassword ? [
    { name: 'smtp-password', keyVaultUrl: '${keyVaultUri}secrets/${entries.smtp}', identity: identityId }
  ] : [])
]

var settings = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  // TLS ends at the Container Apps ingress: trust its X-Forwarded-Proto/-For so the host sees HTTPS
  // (OpenIddict refuses plain HTTP in Production) and the caller's address (sign-in rate limit).
  { name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED', value: 'true' }
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  { name: 'Database__Provider', value: 'SqlServer' }
  // EF Core takes a lock on the database while migrating, so replicas starting together are safe.
  { name: 'Database__MigrateOnStartup', value: 'true' }
  { name: 'ConnectionStrings__SqlServer', secretRef: 'sql-connection-string' }
  { name: 'CERTIFICATES_BASE64_DIR', value: certificatesMount }
  { name: 'CERTIFICATES_DIR', value: certificatesDirectory }
  { name: 'OpenIddict__SigningCertificatePath', value: '${certificatesDirectory}/signing.pfx' }
  { name: 'OpenIddict__EncryptionCertificatePath', value: '${certificatesDirectory}/encryption.pfx' }
  { name: 'DataProtection__CertificatePath', value: '${certificatesDirectory}/dataprotection.pfx' }
  { name: 'App__PublicBaseUrl', value: empty(publicBaseUrl) ? 'https://${name}.${environmentDomain}' : publicBaseUrl }
  { name: 'Email__Delivery', value: 'Smtp' }
  { name: 'Email__SmtpHost', value: smtpHost }
  { name: 'Email__SmtpPort', value: smtpPort }
  { name: 'Email__From', value: emailFrom }
  ...(empty(smtpUserName) ? [] : [{ name: 'Email__SmtpUserName', value: smtpUserName }])
  ...(hasSmtpPassword ? [{ name: 'Email__SmtpPassword', secretRef: 'smtp-password' }] : [])
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
  ...(empty(otlpEndpoint) ? [] : [{ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: otlpEndpoint }])
  ...(empty(initialAdminEmail) ? [] : [{ name: 'Platform__InitialAdminEmail', value: initialAdminEmail }])
]

// Startup allows for migrations on a first start; readiness includes the database (the host's
// "ready" health checks), liveness does not, so a database outage does not restart every replica.
var probes = [
  {
    type: 'Startup'
    httpGet: { path: '/health/live', port: port }
    initialDelaySeconds: 5
    periodSeconds: 10
    failureThreshold: 10
    timeoutSeconds: 5
  }
  {
    type: 'Liveness'
    httpGet: { path: '/health/live', port: port }
    periodSeconds: 30
    failureThreshold: 3
    timeoutSeconds: 5
  }
  {
    type: 'Readiness'
    httpGet: { path: '/health/ready', port: port }
    periodSeconds: 10
    failureThreshold: 3
    timeoutSeconds: 5
  }
]

resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    environmentId: environmentId
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: [
        { server: registryLoginServer, identity: identityId }
      ]
      secrets: keyVaultSecrets
    }
    template: {
      containers: [
        {
          name: 'web'
          image: image
          env: settings
          resources: { cpu: json(cpu), memory: memory }
          probes: hasAppImage ? probes : []
          volumeMounts: [
            { volumeName: 'certificates', mountPath: certificatesMount }
          ]
        }
      ]
      volumes: [
        {
          name: 'certificates'
          storageType: 'Secret'
          secrets: [
            { secretRef: 'openiddict-signing', path: 'signing.pfx.base64' }
            { secretRef: 'openiddict-encryption', path: 'encryption.pfx.base64' }
            { secretRef: 'dataprotection-keys', path: 'dataprotection.pfx.base64' }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http-concurrency'
            http: { metadata: { concurrentRequests: string(concurrentRequests) } }
          }
        ]
      }
    }
  }
}

output name string = app.name
output uri string = 'https://${app.properties.configuration.ingress.fqdn}'
