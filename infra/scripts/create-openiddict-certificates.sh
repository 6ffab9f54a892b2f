#!/bin/bash
# Creates the OpenIddict signing and encryption certificates, and the one that encrypts the data-protection
# keys at rest, in Key Vault when they are missing; an
# existing certificate is left as it is. Run on provisioning by the deployment script of
# infra/modules/openiddict-certificates.bicep, or by hand (Azure CLI signed in, Key Vault
# Certificates Officer on the vault):  VAULT_NAME=kv-... infra/scripts/create-openiddict-certificates.sh
set -euo pipefail

: "${VAULT_NAME:?set VAULT_NAME to the Key Vault name (azd env get-value AZURE_KEY_VAULT_NAME)}"
here=$(cd "$(dirname "$0")" && pwd)
signing=${SIGNING_CERTIFICATE:-openiddict-signing}
encryption=${ENCRYPTION_CERTIFICATE:-openiddict-encryption}
dataprotection=${DATAPROTECTION_CERTIFICATE:-dataprotection-keys}
errors=$(mktemp)

ensure() { # name policy (JSON, or @file)
  local name=$1 policy=$2 attempt
  for attempt in $(seq 1 30); do
    if az keyvault certificate show --vault-name "$VAULT_NAME" --name "$name" --only-show-errors >/dev/null 2>"$errors"; then
      echo "$name: present, left as it is"
      return 0
    fi
    if grep -qi 'not found' "$errors"; then
      az keyvault certificate create --vault-name "$VAULT_NAME" --name "$name" --policy "$policy" --only-show-errors >/dev/null
      echo "$name: created"
      return 0
    fi
    # A role assignment made in the same deployment takes a few minutes to reach Key Vault.
    echo "$name: no access yet (attempt $attempt): $(head -c 300 "$errors")"
    sleep 10
  done
  echo "$name: could not read Key Vault $VAULT_NAME" >&2
  return 1
}

ensure "$signing" "${SIGNING_POLICY:-@$here/../certificates/openiddict-signing.json}"
ensure "$encryption" "${ENCRYPTION_POLICY:-@$here/../certificates/openiddict-encryption.json}"
ensure "$dataprotection" "${DATAPROTECTION_POLICY:-@$here/../certificates/dataprotection-keys.json}"

# A deployment script hands its outputs back through this file.
if [ -n "${AZ_SCRIPTS_OUTPUT_PATH:-}" ]; then
  printf '{"signing":"%s","encryption":"%s","dataProtection":"%s"}' "$signing" "$encryption" "$dataprotection" >"$AZ_SCRIPTS_OUTPUT_PATH"
fi
