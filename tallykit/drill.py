"""Training items (``tallykit drill``): kept as the old import path of ``tallykit.training``.

The generator now lives in the ``tallykit.training`` package, split by topic family; this
module re-exports its public names so existing callers keep working.
"""

from tallykit.training import *  # noqa: F401,F403
from tallykit.training import __all__  # noqa: F401
