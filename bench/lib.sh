# Shared by the benchmark scripts (sourced, not run).

# The plugin version of this checkout: the benchmarks build with the plugin installed from it.
plugin_version() {
  sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$1/../pom.xml" | head -1
}

# write_pom DIR ARTIFACT VERSION: a project in DIR whose only plugin is Handbook Press at VERSION, with a
# fixed output timestamp so that repeated builds give the same bytes.
write_pom() {
  cat > "$1/pom.xml" <<EOF_POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$2</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <properties><project.build.outputTimestamp>2026-12-01T00:00:00Z</project.build.outputTimestamp></properties>
  <build><plugins><plugin>
    <groupId>org.handbookpress</groupId><artifactId>handbook-maven-plugin</artifactId><version>$3</version>
  </plugin></plugins></build>
</project>
EOF_POM
}
