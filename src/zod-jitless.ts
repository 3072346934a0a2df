// Imported first by every entry point (each page and the checking worker), before any module builds a schema.
// Zod 4 compiles object parsers with `new Function` and probes once whether it may; under the game's CSP
// (script-src 'self', no 'unsafe-eval') that caught probe is still reported as a `securitypolicyviolation` on every
// load. `jitless` skips the probe and the compiled path; parsing is otherwise the same. Only `zod/v4/core`, the
// module that owns the config, is imported, so this adds a few hundred bytes and no schema code.
import { config } from 'zod/v4/core';

config({ jitless: true });
