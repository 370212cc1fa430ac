#!/usr/bin/env bash
# Regenerates requirements.txt, requirements-test.txt and requirements-site.txt (exact pins and hashes, every
# platform, Python 3.10+) from the three .in files, with uv's resolver. Run it after changing a version in a .in file; commit all six.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
UV_VERSION=0.13.9
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools" && "$tools/bin/pip" install -q "uv==$UV_VERSION"
cd "$here"
# --universal: one file for Linux, macOS and Windows (platform-only packages carry markers);
# 3.10 is the oldest Python JupyterLab 4.6 supports. The test tools are constrained to the
# Jupyter pins, and so are the site's, so the files install together.
compile() { "$tools/bin/uv" pip compile -q --universal --generate-hashes --python-version 3.10 \
              --custom-compile-command "jupyter/compile-requirements.sh" "$@"; }
compile requirements.in -o requirements.txt
compile requirements-test.in -c requirements.txt -o requirements-test.txt
compile requirements-site.in -c requirements.txt -o requirements-site.txt
