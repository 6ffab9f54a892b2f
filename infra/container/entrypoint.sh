#!/bin/sh
# The container's entrypoint. On Azure Container Apps the OpenIddict certificates arrive as files
# holding base64 text (Key Vault's secret form of a PKCS#12 certificate, mounted from a secret
# volume); the host reads PKCS#12 files. Every *.pfx.base64 in CERTIFICATES_BASE64_DIR is decoded
# into CERTIFICATES_DIR, readable by this user only, then the host starts as PID 1.
# Without that folder (a local `docker run`) nothing is decoded and the host starts as it is.
set -eu

source_dir="${CERTIFICATES_BASE64_DIR:-/mnt/certificates}"
target_dir="${CERTIFICATES_DIR:-/tmp/certificates}"

if [ -d "$source_dir" ]; then
  umask 077
  mkdir -p "$target_dir"
  for encoded in "$source_dir"/*.pfx.base64; do
    [ -e "$encoded" ] || continue
    name=$(basename "$encoded" .base64)
    base64 -d "$encoded" >"$target_dir/$name"
  done
fi

exec dotnet /app/Strategy.Web.dll "$@"
