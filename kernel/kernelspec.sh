#!/usr/bin/env bash
# Writes the Jupyter kernelspec "nn-workbook" for the rapaio Java kernel into <root>/.jupyter/kernels.
# Everything the kernelspec says about this particular kernel lives here (see kernel/README.md).
#
# usage: kernel/kernelspec.sh [JAVA]      JAVA defaults to $JAVA_HOME/bin/java, then java on PATH
# Needs `./mvnw package` to have built kernel/target and lib/target first.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
java_cmd=${1:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
java_cmd=${java_cmd:-$(command -v java || true)}
[ -n "$java_cmd" ] || { echo "kernelspec: no java found; set JAVA_HOME or put java 17+ on PATH" >&2; exit 1; }
java_cmd=$(command -v "$java_cmd")

kernel_jar=$root/kernel/target/jupyter-kernel/rapaio-jupyter-kernel.jar
fix_jar=$root/kernel/target/nn-kernel-fix.jar
lib_jar=$root/lib/target/nn-lib.jar
for f in "$kernel_jar" "$fix_jar" "$lib_jar"; do
  [ -f "$f" ] || { echo "kernelspec: $f is missing; build first with: ./workbook build" >&2; exit 1; }
done

spec_dir=$root/.jupyter/kernels/nn-workbook
mkdir -p "$spec_dir"

# JSON strings: escape backslashes and quotes in paths.
json() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; }

# The fix jar comes first: its LoopThread replaces the kernel's, whose start-up race leaves about
# one start in ten hanging. RJK_CLASSPATH (';'-separated, globs allowed) is what the notebooks'
# JShell sees; nn-lib is read from lib/target so a rebuild plus a kernel restart picks it up.
cat > "$spec_dir/kernel.json" <<JSON
{
  "argv": [$(json "$java_cmd"), "-Djava.awt.headless=true", "-XX:+UseParallelGC",
           "-cp", $(json "$fix_jar:$kernel_jar"),
           "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"],
  "display_name": "Java (NN workbook)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "RJK_CLASSPATH": $(json "$lib_jar;$root/kernel/target/classpath/*.jar"),
    "NN_WORKBOOK_HOME": $(json "$root")
  },
  "metadata": {"nn-workbook": {"kernel": "rapaio-jupyter-kernel", "fix": "LoopThread start-up race"}}
}
JSON
echo "$spec_dir/kernel.json"
