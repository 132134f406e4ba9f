"""Entry point of the bundled app: the same as the `workshop` command."""

import sys

from workshop.cli import main

sys.exit(main())
