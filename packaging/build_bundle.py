"""Build a standalone bundle of the app for Windows or macOS laptops with PyInstaller.

Run it on the platform you are building for (PyInstaller does not cross-compile):
    python packaging/build_bundle.py
The result is in dist/Co-design Workshop/ (and a .app on macOS).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "Co-design Workshop"


def main() -> int:
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "pyinstaller>=6.0"])
        import PyInstaller.__main__ as pyinstaller

    separator = os.pathsep  # PyInstaller's --add-data uses ';' on Windows and ':' elsewhere
    icon = ROOT / "resources" / "icons" / "codesign-workshop-256.png"
    arguments = [
        str(ROOT / "packaging" / "launch.py"),
        "--name",
        NAME,
        "--windowed",
        "--noconfirm",
        "--clean",
        f"--icon={icon}",
        # Migrations are read from disk by Alembic, so ship them as files, not only as bytecode.
        f"--add-data={ROOT / 'models' / 'migrations'}{separator}models/migrations",
        f"--add-data={ROOT / 'resources'}{separator}resources",
        "--collect-submodules=workshop",
        "--collect-submodules=ui",
        "--collect-submodules=exports",
        "--collect-submodules=models",
        "--hidden-import=uharfbuzz",
        "--hidden-import=bidi",
        f"--distpath={ROOT / 'dist'}",
        f"--workpath={ROOT / 'build'}",
        f"--specpath={ROOT / 'build'}",
    ]
    pyinstaller.run(arguments)
    print(f"Bundle written to {ROOT / 'dist' / NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
