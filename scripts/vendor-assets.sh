#!/usr/bin/env bash
# Refreshes the browser assets vendored under app/static/vendor/ from the npm registry.
# The app never loads anything from a CDN: run this, review the diff, commit the files.
set -euo pipefail

PICO_VERSION=2.1.1
SOCKETIO_CLIENT_VERSION=4.8.4
SWAGGER_UI_VERSION=5.35.0  # the API docs page (/api/v1/docs)

root=$(cd "$(dirname "$0")/.." && pwd)
vendor="$root/app/static/vendor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "@picocss/pico@$PICO_VERSION" "socket.io-client@$SOCKETIO_CLIENT_VERSION" \
  "swagger-ui-dist@$SWAGGER_UI_VERSION" >/dev/null
mkdir pico socketio swagger
tar -xzf "picocss-pico-$PICO_VERSION.tgz" -C pico
tar -xzf "socket.io-client-$SOCKETIO_CLIENT_VERSION.tgz" -C socketio
tar -xzf "swagger-ui-dist-$SWAGGER_UI_VERSION.tgz" -C swagger

rm -rf "$vendor"
mkdir -p "$vendor/pico" "$vendor/socket.io" "$vendor/swagger-ui"
cp pico/package/css/pico.min.css pico/package/LICENSE.md "$vendor/pico/"
cp socketio/package/dist/socket.io.min.js socketio/package/dist/socket.io.min.js.map \
   socketio/package/LICENSE "$vendor/socket.io/"
cp swagger/package/{LICENSE,NOTICE,swagger-ui.css,swagger-ui-bundle.js,swagger-ui-bundle.js.LICENSE.txt} \
   "$vendor/swagger-ui/"
cat > "$vendor/VERSIONS" <<VERSIONS
@picocss/pico $PICO_VERSION
socket.io-client $SOCKETIO_CLIENT_VERSION
swagger-ui-dist $SWAGGER_UI_VERSION
VERSIONS
echo "vendored into $vendor:"
cat "$vendor/VERSIONS"
