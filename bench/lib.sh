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

# file_system_note DIR: a line on stderr when DIR is on ext4 without a journal (Linux only; nothing elsewhere). There
# ext4 will not reuse an inode freed in the last minute and scans past each when making a file, so a clean build after
# `rm -rf` pays for the files the last one left, times its own, and 10,000-page runs come out bimodal
# (bench/HISTORY.md, 4 December 2026, 11:20 UTC). Figures from such a machine should say so.
file_system_note() {
  local device name
  device=$(df -P "$1" 2>/dev/null | awk 'NR == 2 {print $1}')
  name=$(basename "${device:-none}")
  if [ -r "/sys/fs/ext4/$name/journal_task" ] && [ "$(cat "/sys/fs/ext4/$name/journal_task")" = "<none>" ]; then
    echo "note: $1 is on ext4 without a journal ($device): making files right after deleting many is slow there; see bench/HISTORY.md, 4 December" >&2
  fi
}

# The test classpath of the generator, for a bench class run with `java` from the repository's root (axe.sh,
# reflow.sh): compiles the tests, then prints the classpath. M2_REPO names a local Maven repository other than ~/.m2.
bench_classpath() {
  local repo_opt=${M2_REPO:+-Dmaven.repo.local=$M2_REPO}
  # shellcheck disable=SC2086
  mvn -B -q -o $repo_opt -pl generator -am test-compile -Dinvoker.skip >&2
  # shellcheck disable=SC2086
  mvn -B -q -o $repo_opt -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test \
    -DexcludeArtifactIds=handbook-templates >&2
  echo "templates/target/classes:generator/target/classes:generator/target/test-classes:$(cat generator/target/bench.cp)"
}
