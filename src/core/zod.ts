/**
 * zod, set up once for every schema of the game: the log's and the save's import `z` from here, never
 * from 'zod'. jitless, because zod otherwise compiles a fast parser with `new Function`, and first
 * tries `new Function` out as each object schema is made: the game's Content-Security-Policy has no
 * 'unsafe-eval', and the browser reports that caught try as a policy violation. The config must be
 * set before the first `z.object(…)`, which this module's place at the top of the imports ensures.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
