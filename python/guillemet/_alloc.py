"""Options of the extension's allocator, set before the extension loads.

The Rust core allocates through mimalloc, which reads its options from the
environment when the extension is loaded. Arenas committed as they are used
rather than at once keep a long stream's resident memory as low as the
system allocator's: ``iter_analyze`` over 200 MB of news peaked at 108 MB
with eager commits and 73 MB without (69-75 MB with the system allocator).
A value the user set is kept.
"""

import os

os.environ.setdefault("MIMALLOC_ARENA_EAGER_COMMIT", "0")
