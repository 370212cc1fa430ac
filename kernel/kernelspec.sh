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
# Needs `./workbook build` to have built kernel/target and lib/target first. Also makes the class-data
# sharing archives for this java and these jars in kernel/target/cds/ (a training run of ~10 s when they
# are missing or older than a jar; see kernel/README.md, Speed); without them the kernel starts as well.
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

kernel_cp=$kernel_jar:$kernel_lib/*:$notebook_lib/*
vm_cp=$kernel_jar:$kernel_lib/*:$lib_jar:$notebook_lib/*${extra:+:$extra}
# The kernel JVM runs javac, not student code (that runs in the execution VM, fully tiered): with C1 only it
# spends its first seconds compiling cells instead of C2-compiling javac (first cell 1.53 -> 1.16 s, `1 + 1`
# 49 -> 23 ms, notebook 04 7.6 -> 5.5 s; kernel/README.md, Speed).
kernel_options=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto)

# Class-data sharing: one folder per java and notebook classpath, remade when a jar or the JDK is newer
# than it. The training writes into a fresh folder that replaces the old one whole, so a kernel starting
# meanwhile reads either; any failure (a read-only folder, a JDK that cannot dump) only means no archive.
real_java=$(readlink -f "$java_cmd" 2>/dev/null || echo "$java_cmd")
cds_dir=$root/kernel/target/cds/$(printf '%s\n%s' "$real_java" "$vm_cp" | cksum | cut -d' ' -f1)
cds_stale() {
  [ -s "$cds_dir/kernel.jsa" ] || return 0
  [ -n "$(find "$kernel_jar" "$kernel_lib" "$notebook_lib" "$lib_jar" "$(dirname "$real_java")/../lib/modules" \
            -newer "$cds_dir/kernel.jsa" -print 2>/dev/null | head -n 1)" ]
}
make_archives() {
  local fresh
  mkdir -p "$root/kernel/target/cds" 2>/dev/null && fresh=$(mktemp -d "$cds_dir.XXXXXX" 2>/dev/null) && chmod 755 "$fresh" || return 0
  echo "kernelspec: training class-data sharing archives for faster kernel starts (once per build, ~10 s)" >&2
  NN_WORKBOOK_CLASSPATH=$vm_cp "$java_cmd" "${kernel_options[@]}" "-XX:ArchiveClassesAtExit=$fresh/kernel.jsa" \
    '-Xlog:cds*=off' -cp "$kernel_cp" org.nnworkbook.kernel.CdsTraining "$fresh/vm.jsa" </dev/null >/dev/null 2>&1 || true
  # Installed only when the JVM maps it with this classpath (-Xshare:on fails otherwise): JDK 17 crashes on
  # an archive cut short (a full disk while dumping) instead of ignoring it. CdsTraining checks vm.jsa so.
  "$java_cmd" "${kernel_options[@]}" -Xshare:on "-XX:SharedArchiveFile=$fresh/kernel.jsa" '-Xlog:cds*=off' \
    -XX:ErrorFile=/dev/null -cp "$kernel_cp" -version >/dev/null 2>&1 || rm -f "$fresh/kernel.jsa"
  if [ -s "$fresh/kernel.jsa" ]; then
    rm -rf "$cds_dir" && mv "$fresh" "$cds_dir" || true
  fi
  rm -rf "$fresh"
}
if cds_stale; then make_archives; fi
kernel_archive=() vm_archive=""
# -Xlog:cds*=off: a JVM that cannot use an archive says so on stdout; -Xshare:auto then starts without it.
[ -s "$cds_dir/kernel.jsa" ] && kernel_archive=("-XX:SharedArchiveFile=$cds_dir/kernel.jsa" '-Xlog:cds*=off')
[ -s "$cds_dir/vm.jsa" ] && vm_archive=$cds_dir/vm.jsa

# JSON strings: escape backslashes and quotes in paths.
json() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; }

# The kernel process needs jjava-jupyter and SLF4J (quiet); the execution VM, which JShell starts
# from the kernel, gets NN_WORKBOOK_CLASSPATH: the kernel's runtime package, jjava-jupyter (the
# Renderer), nn-lib and its dependencies. nn-lib is read from lib/target, so a rebuild plus a kernel
# restart picks it up. interrupt_mode "message": Jupyter asks over the control channel, and the
# kernel stops the cell's code in the execution VM (see kernel/README.md).
cat > "$spec_dir/kernel.json" <<JSON
{
  "argv": [$(json "$java_cmd"),$(for option in "${kernel_options[@]}" ${kernel_archive[@]+"${kernel_archive[@]}"}; do printf ' %s,' "$(json "$option")"; done)
           "-cp", $(json "$kernel_cp"),
           "org.nnworkbook.kernel.KernelMain", "{connection_file}"],
  "display_name": "Java (NN workbook)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "NN_WORKBOOK_CLASSPATH": $(json "$vm_cp"),
    "NN_WORKBOOK_VM_ARCHIVE": $(json "$vm_archive"),
    "NN_WORKBOOK_HOME": $(json "$root")
  },
  "metadata": {"nn-workbook": {"kernel": "org.nnworkbook.kernel.KernelMain"}}
}
JSON
echo "$spec_dir/kernel.json"
