#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu 22.04): a JDK 17 unless a
# suitable one is there, bubblewrap when the image's packages have it, the unprivileged user student code runs as,
# and file permissions that keep that user out of the grader, the hidden tests and the instructor notebook.
# Written by `nn-grader gradescope`; nothing is downloaded when grading.
set -euo pipefail
SOURCE=$(cd "$(dirname "$0")" && pwd)
VM_USER=@USER@

# The grader compiles the hidden tests (a JDK, not a JRE) and falls back to Java's security manager when bwrap
# cannot make namespaces in the container: Java 17 to 23.
suitable_java() {
  local java version
  java=$(command -v java) || return 1
  [ -x "$(dirname "$(readlink -f "$java")")/javac" ] || return 1
  version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ -n "$version" ] && [ "${version%%.*}" -ge 17 ] && [ "${version%%.*}" -le 23 ]
}

updated=0
apt_install() {
  [ $updated = 1 ] || { apt-get update -q; updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

if suitable_java; then
  echo "setup.sh: using the installed $(command -v java)"
else
  apt_install openjdk-17-jdk-headless
  export PATH="$(ls -d /usr/lib/jvm/java-17-openjdk-*/bin | head -n 1):$PATH"
  suitable_java || { echo "setup.sh: no JDK 17 after installing openjdk-17-jdk-headless" >&2; exit 1; }
fi
readlink -f "$(command -v java)" > "$SOURCE/java-path"

if command -v bwrap >/dev/null 2>&1; then
  echo "setup.sh: bubblewrap is installed"
else
  apt_install bubblewrap || echo "setup.sh: no bubblewrap; student code will run under Java's security manager"
fi

if ! id -u "$VM_USER" >/dev/null 2>&1; then
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$VM_USER"
fi

# Root only: the grader, the hidden tests, the instructor notebook, these scripts.
chown -R root:root "$SOURCE"
chmod -R go-rwx "$SOURCE"
# Readable by student code: the notebooks' classpath and the datasets. The folders above them can be passed
# through but not listed.
chmod go+x "$(dirname "$SOURCE")" "$SOURCE" "$SOURCE/workbook"
chmod -R go+rX "$SOURCE/workbook/lib" "$SOURCE/workbook/kernel" "$SOURCE/workbook/datasets"
if [ -f "$(dirname "$SOURCE")/run_autograder" ]; then
  chmod 755 "$(dirname "$SOURCE")/run_autograder"
fi
echo "setup.sh: ready; student code will run as user $VM_USER"
