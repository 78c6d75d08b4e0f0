"""`python -m telnyx_messaging ...`: the command line (see telnyx_messaging.cli)."""

from .cli import main

raise SystemExit(main())
