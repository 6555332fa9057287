#!/usr/bin/env bash
# The main job. Builds Journey Studio when the sources are newer than the product, then
# opens the example map in the product. Without a display (or with --headless) it runs
# the headless path instead: validates the example map and exports it, and says where.
set -euo pipefail
cd "$(dirname "$0")"
source releng/scripts/env.sh
js_env

product="releng/org.journeystudio.product/target/products/org.journeystudio.product/linux/gtk/x86_64/journey-studio"
example="examples/invoice-payment.journey"
out="out/example"

stale() {
  [ -x "$product/journey" ] || return 0
  [ -n "$(find pom.xml bundles features releng -newer "$product/journey" -type f \
          -not -path '*/target/*' -not -path 'releng/codegen/*' 2>/dev/null | head -n 1)" ]
}
if stale; then
  echo "journey-studio: building the product (tests skipped; ./test.sh runs them) ..."
  mvn -q -DskipTests clean verify
  touch "$product/journey"
fi

if [ -n "${DISPLAY:-}" ] && [ "${1:-}" != "--headless" ]; then
  echo "journey-studio: starting the product on $example"
  exec "$product/journey-studio" "$example" -data "out/workspace"
fi

echo "journey-studio: no display, running the headless path on $example"
mkdir -p "$out"
status=0
"$product/journey" validate "$example" || status=$?
"$product/journey" validate "$example" --format json --output "$out/validation.json" || true
for format in json csv xmi html; do
  "$product/journey" export "$example" --format "$format" --output "$out/invoice-payment.$format"
done
for format in svg png pdf; do
  "$product/journey" export "$example" --format "$format" --representation journeyMap \
    --output "$out/invoice-payment-journey-map.$format"
done
"$product/journey" export "$example" --format png --representation serviceBlueprint \
  --output "$out/invoice-payment-service-blueprint.png"
echo "journey-studio: validation report and exports written to $(pwd)/$out"
ls -l "$out"
exit $status
