"""`python -m workshop`: the same as the `workshop` command."""

import sys

from workshop.cli import main

sys.exit(main())
