# Finds the Python and the Jupyter the launcher uses, or makes them in .venv/; sourced by ./workbook.
# Not a command of its own: it relies on ROOT, say and fail from the launcher.
#
# Order, for every command: $WORKBOOK_PYTHON when set (an override, used as it is); the project's
# .venv/ when it matches the pinned requirements; for `start` only, a JupyterLab 4 / Notebook 7 the
# user already has (on PATH, or importable by python3: conda, pip --user); else .venv/ is made from
# jupyter/requirements.txt (and, for the tests, jupyter/requirements-test.txt).

PYTHON_MIN=3.10 # the oldest Python JupyterLab 4.6 supports
VENV=$ROOT/.venv
# Lists, one line per requirements file, the files' hashes that .venv/ was last installed from.
VENV_STAMP=$VENV/.workbook-requirements

python_fix() {
  cat <<EOF
install Python $PYTHON_MIN or newer with its venv module, then run this again:
  Debian/Ubuntu:  sudo apt-get install python3 python3-venv
  Fedora/RHEL:    sudo dnf install python3
  macOS:          brew install python@3.12   (or the installer from https://www.python.org/downloads/)
  conda:          conda create -n workbook python=3.12 && conda activate workbook
  or point WORKBOOK_PYTHON at a Python $PYTHON_MIN+ that has Jupyter
EOF
}

# True when $1 runs and is Python $PYTHON_MIN or newer.
python_recent() {
  command -v "$1" >/dev/null 2>&1 \
    && "$1" -c "import sys; sys.exit(0 if sys.version_info >= (${PYTHON_MIN/./, }) else 1)" >/dev/null 2>&1
}

# The Python that creates .venv/: python3, else python.
base_python() {
  local py
  for py in python3 python; do
    if python_recent "$py"; then command -v "$py"; return 0; fi
  done
  local found
  found=$(python3 --version 2>&1 || python --version 2>&1 || true)
  fail "no Python $PYTHON_MIN+ found${found:+ (found: $found)}; $(python_fix)"
}

# Prints "sha256  path" for each requirements file named.
requirements_hashes() {
  local file
  for file in "$@"; do
    printf '%s  %s\n' "$(sha256sum "$ROOT/jupyter/$file" | cut -d' ' -f1)" "$file"
  done
}

# True when .venv/ exists and was installed from exactly these requirements files' current contents.
venv_current() {
  [ -x "$VENV/bin/python" ] && [ -f "$VENV_STAMP" ] || return 1
  local line
  while IFS= read -r line; do
    grep -qxF "$line" "$VENV_STAMP" || return 1
  done < <(requirements_hashes "$@")
}

# ensure_venv FILE...: makes .venv/ (first time) and installs the pinned FILEs from jupyter/ into it,
# unless the stamp says it already has them. Sets PYTHON to the venv's interpreter.
ensure_venv() {
  PYTHON=$VENV/bin/python
  venv_current "$@" && return 0
  local py
  py=$(base_python)
  "$py" -c 'import venv, ensurepip' >/dev/null 2>&1 \
    || fail "$py cannot create a virtual environment (its venv/ensurepip module is missing): $(python_fix)"
  say "Setting up Jupyter for the workbook in .venv/ (first run only; nothing is installed outside this folder)."
  say "  Downloads from PyPI (https://pypi.org): JupyterLab 4.6.6, Notebook 7.6.5, nbclient 0.11.0 and their"
  say "  dependencies, about 60 MB$(case " $* " in *test*) printf ', plus the test tools Playwright and pytest, about 45 MB' ;; esac)."
  say "  This takes one to three minutes; pip shows its progress below."
  if [ ! -x "$VENV/bin/python" ]; then
    "$py" -m venv "$VENV" || fail "could not create $VENV with $py -m venv: $(python_fix)"
  fi
  local args=() file
  for file in "$@"; do args+=(-r "$ROOT/jupyter/$file"); done
  # --require-hashes: every file pip downloads must match the hash pinned in the requirements file.
  "$VENV/bin/python" -m pip install --disable-pip-version-check --require-hashes "${args[@]}" \
    || fail "pip could not install the pinned Jupyter into .venv/ (see its message above). Check the network
  or proxy (pip reads HTTPS_PROXY), then run this again; or use a Jupyter of your own with WORKBOOK_PYTHON=..."
  requirements_hashes "$@" > "$VENV_STAMP"
  say "Jupyter is ready in .venv/."
}

# True when the Python $1 imports module $2 whose major version is at least $3.
imports_version() {
  "$1" -c "import sys, $2 as m; sys.exit(0 if int(m.__version__.split('.')[0]) >= $3 else 1)" >/dev/null 2>&1
}

# The user's own JupyterLab 4+ / Notebook 7+: prints the Python that runs it, or fails.
own_jupyter_python() {
  local py jupyter
  jupyter=$(command -v jupyter || true)
  if [ -n "$jupyter" ]; then
    # A `jupyter` on PATH runs with the Python of its shebang line (pip, pipx and conda all write one).
    py=$(sed -n '1s/^#! *//p' "$jupyter" | cut -d' ' -f1)
    if [ -n "$py" ] && [ -x "$py" ] && { imports_version "$py" jupyterlab 4 || imports_version "$py" notebook 7; }; then
      printf '%s\n' "$py"; return 0
    fi
  fi
  for py in python3 python; do
    if command -v "$py" >/dev/null 2>&1 && { imports_version "$py" jupyterlab 4 || imports_version "$py" notebook 7; }; then
      command -v "$py"; return 0
    fi
  done
  return 1
}

# Sets PYTHON to the interpreter that runs Jupyter for `./workbook start` and says which one it is.
choose_jupyter_python() {
  if [ -n "${WORKBOOK_PYTHON:-}" ]; then
    PYTHON=$WORKBOOK_PYTHON
    "$PYTHON" -c 'import jupyterlab' >/dev/null 2>&1 || "$PYTHON" -c 'import notebook' >/dev/null 2>&1 \
      || fail "WORKBOOK_PYTHON=$PYTHON cannot import jupyterlab or notebook; unset it to let the launcher set up Jupyter in .venv/"
    say "Using the Jupyter of WORKBOOK_PYTHON=$PYTHON"
  elif venv_current requirements.txt; then
    PYTHON=$VENV/bin/python
  elif PYTHON=$(own_jupyter_python); then
    say "Using your Jupyter ($PYTHON); the workbook's kernel is found through JUPYTER_PATH."
  else
    ensure_venv requirements.txt
  fi
}

# Sets PYTHON for the commands that execute notebooks (test, run): WORKBOOK_PYTHON, else .venv/
# with FILEs installed. Exports it as WORKBOOK_PYTHON for the Maven tests.
choose_test_python() {
  if [ -n "${WORKBOOK_PYTHON:-}" ]; then
    PYTHON=$WORKBOOK_PYTHON
    "$PYTHON" -c 'import nbclient, nbformat' >/dev/null 2>&1 \
      || fail "WORKBOOK_PYTHON=$PYTHON cannot import nbclient; unset it to let the launcher set up .venv/, or: $PYTHON -m pip install nbclient"
  else
    ensure_venv "$@"
  fi
  export WORKBOOK_PYTHON=$PYTHON
}
