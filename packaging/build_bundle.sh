#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller: build/bundle/dist/Prachakhom/ (see README.md here).
# Makes (or reuses) its own virtual environment build/bundle-venv with the app's dependencies
# and PyInstaller.  Then run packaging/smoke_bundle.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${PRACHAKHOM_BUNDLE_VENV:-build/bundle-venv}
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q . "pyinstaller>=6.10"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath build/bundle/dist \
  --workpath build/bundle/work packaging/prachakhom.spec
echo "bundle: $(du -sm build/bundle/dist/Prachakhom | cut -f1) MB in build/bundle/dist/Prachakhom"
