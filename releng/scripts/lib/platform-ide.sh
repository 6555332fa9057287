# Sourced by releng/scripts/ide-install-test.sh and releng/scripts/startup-benchmark.sh: the bare
# Eclipse Platform IDE of the target platform's release, assembled by the p2 director from the
# platform units listed in releng/org.journeystudio.site/install-test/platform-ide.txt. Its
# bundles are the target platform's, taken from the product repository (build it first), plus
# slf4j 2 with a provider, published from Maven Central by install-test/pom.xml into the
# "extra" repository (platform_ide_publish_extra).
# Maven options go through MAVEN_ARGS (e.g. MAVEN_ARGS=-o to run offline).

platform_ide_top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
platform_ide_list="$platform_ide_top/releng/org.journeystudio.site/install-test/platform-ide.txt"
# The target platform's bundles: the product's p2 repository (includeAllDependencies).
platform_ide_product_repository="$platform_ide_top/releng/org.journeystudio.product/target/repository"
# What install-test/pom.xml publishes: slf4j, an older Guava, an older org.eclipse.core.resources.
platform_ide_extra_repository="$platform_ide_top/releng/org.journeystudio.site/target/install-test/extra-repository"

platform_ide_publish_extra() { # platform_ide_publish_extra LOG: publishes the extra repository from Maven Central
  mvn -B -f "$platform_ide_top/releng/org.journeystudio.site/install-test/pom.xml" package -l "$1"
}

platform_ide_roots() { # platform_ide_roots: the root units of the IDE, comma-separated
  grep -v -e '^#' -e '^$' "$platform_ide_list" | paste -sd, -
}

platform_ide_director() { # platform_ide_director DIR LOG ARGS...: the p2 director application, as Tycho runs it, in DIR (outside any project)
  local dir="$1" log="$2"; shift 2
  (cd "$dir" && mvn -B org.eclipse.tycho:tycho-p2-director-plugin:5.0.2:director -Dprofile=PlatformProfile "$@") \
    >"$log" 2>&1
}

platform_ide_assemble() { # platform_ide_assemble DEST DIR LOG [IU ...]: the IDE (and the units IU, ID/VERSION) into DEST
  local dest="$1" dir="$2" log="$3"; shift 3
  local units; units="$(platform_ide_roots)"
  local unit
  for unit in "$@"; do units+=",$unit"; done
  platform_ide_director "$dir" "$log" -Ddestination="$dest" -DinstallIUs="$units" \
    -Drepositories="file:$platform_ide_product_repository,file:$platform_ide_extra_repository" \
    -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64 -Droaming=true \
    -Dprofileproperties=org.eclipse.update.install.features=true
}
