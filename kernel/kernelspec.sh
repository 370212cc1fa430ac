#!/usr/bin/env bash
# Writes the Jupyter kernelspec "nn-workbook" ("Java (NN workbook)") for the workbook's own kernel.
# Everything the kernelspec says about the kernel lives here (see kernel/README.md).
#
# usage: kernel/kernelspec.sh [--user | --into DIR] [--extra-classpath CP] [JAVA]
#   writes <root>/.jupyter/kernels/nn-workbook; with --user into the user's Jupyter data folder
#   (`jupyter --data-dir`, else ~/.local/share/jupyter or ~/Library/Jupyter) so that an existing
#   JupyterLab, VS Code or `jupyter console` finds it; with --into into DIR/kernels/nn-workbook.
#   --extra-classpath adds jars or folders (':'-separated) to what notebooks see.
#   JAVA defaults to $JAVA_HOME/bin/java, then java on PATH.
# Needs `./workbook build` to have built kernel/target and lib/target first.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
user=0 into="" extra=""
while [ $# -gt 0 ]; do
  case "$1" in
    --user) user=1; shift ;;
    --into) into=${2:?--into needs a folder}; shift 2 ;;
    --extra-classpath) extra=${2:?--extra-classpath needs a classpath}; shift 2 ;;
    *) break ;;
  esac
done
java_cmd=${1:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
java_cmd=${java_cmd:-$(command -v java || true)}
[ -n "$java_cmd" ] || { echo "kernelspec: no java found; set JAVA_HOME or put java 17+ on PATH" >&2; exit 1; }
java_cmd=$(command -v "$java_cmd")

kernel_jar=$root/kernel/target/nn-kernel.jar
kernel_lib=$root/kernel/target/kernel-lib
notebook_lib=$root/kernel/target/classpath
lib_jar=$root/lib/target/nn-lib.jar
for f in "$kernel_jar" "$kernel_lib" "$notebook_lib" "$lib_jar"; do
  [ -e "$f" ] || { echo "kernelspec: $f is missing; build first with: ./workbook build" >&2; exit 1; }
done

if [ -n "$into" ]; then
  spec_dir=$into/kernels/nn-workbook
elif [ $user = 1 ]; then
  data_dir=$(jupyter --data-dir 2>/dev/null || true)
  if [ -z "$data_dir" ]; then
    case "$(uname -s)" in
      Darwin) data_dir=$HOME/Library/Jupyter ;;
      *) data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/jupyter ;;
    esac
  fi
  spec_dir=$data_dir/kernels/nn-workbook
else
  spec_dir=$root/.jupyter/kernels/nn-workbook
fi
mkdir -p "$spec_dir"

# JSON strings: escape backslashes and quotes in paths.
json() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; }

# The kernel process needs jjava-jupyter and SLF4J (quiet); the execution VM, which JShell starts
# from the kernel, gets NN_WORKBOOK_CLASSPATH: the kernel's runtime package, jjava-jupyter (the
# Renderer), nn-lib and its dependencies. nn-lib is read from lib/target, so a rebuild plus a kernel
# restart picks it up. interrupt_mode "message": Jupyter asks over the control channel, and the
# kernel stops the cell's code in the execution VM (see kernel/README.md).
cat > "$spec_dir/kernel.json" <<JSON
{
  "argv": [$(json "$java_cmd"), "-XX:+UseSerialGC", "-Xshare:auto",
           "-cp", $(json "$kernel_jar:$kernel_lib/*:$notebook_lib/*"),
           "org.nnworkbook.kernel.KernelMain", "{connection_file}"],
  "display_name": "Java (NN workbook)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "NN_WORKBOOK_CLASSPATH": $(json "$kernel_jar:$kernel_lib/*:$lib_jar:$notebook_lib/*${extra:+:$extra}"),
    "NN_WORKBOOK_HOME": $(json "$root")
  },
  "metadata": {"nn-workbook": {"kernel": "org.nnworkbook.kernel.KernelMain"}}
}
JSON
echo "$spec_dir/kernel.json"
