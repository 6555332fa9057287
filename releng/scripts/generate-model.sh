#!/usr/bin/env bash
# Regenerates the EMF code of the journey metamodel from
# bundles/org.journeystudio.model/model/journey.genmodel, without an IDE:
#   bundles/org.journeystudio.model/src-gen/        (model: interfaces, impl, util)
#   bundles/org.journeystudio.model.edit/src-gen/   (item providers)
#   bundles/org.journeystudio.model.edit/icons/, plugin.properties
# src-gen/ is replaced; never edit it by hand (put behaviour in src/).
# Usage: releng/scripts/generate-model.sh
set -euo pipefail
# shellcheck source=env.sh
source "$(dirname "$0")/env.sh"
js_env
mvn -q -B -f "$JS_ROOT/releng/codegen/pom.xml" compile exec:java "-Djourney.root=$JS_ROOT"
