// Lint rules, including the import rules that keep the architecture of DESIGN §4:
// only core/story touches inkjs; core touches no browser, renderer or audio library;
// presentation never touches storage or Howler directly; nothing imports main.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const INKJS = { group: ['inkjs', 'inkjs/*'], message: 'Only src/core/story may use inkjs; go through the story runner.' };
const RENDERERS = { group: ['phaser', 'phaser/*', 'howler', 'howler/*'], message: 'The core is renderer-free: Phaser and Howler belong in presentation/ and adapters/.' };
const OUTER_LAYERS = { group: ['**/adapters/**', '**/presentation/**', '**/main', '**/main.ts', '**/lms/*-mode', '**/lms/*-mode.ts'], message: 'The core knows nothing of adapters or presentation; add a port in core/ports.ts.' };
const MAIN = { group: ['**/main', '**/main.ts', '**/lms/*-mode', '**/lms/*-mode.ts'], message: 'main.ts (and src/lms, its part for LMS launches) is the composition root; nothing else imports it.' };
const HOWLER = { group: ['howler', 'howler/*'], message: 'Scenes play sound through the audio port, never Howler directly.' };
const ENGINE = { group: ['phaser', 'phaser/*'], message: 'Screens are plain HTML that runs before the engine has loaded; pictures belong to the scenes.' };
const NODE_APIS = { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'worker_threads', 'child_process', 'url', 'util', 'zlib'], message: 'The story checker\'s engine also runs in the browser\'s own-story worker: no Node APIs here (tools/story-check/check-file.ts reads files).' };
// No spread into a call (issue 17): `Math.max(...values)`, `list.push(...more)` and `h('ul', {}, ...items)`
// put every element on the stack, and an array as long as a file makes it overflows it (a log of 150,000
// options did). Use maxOf/appendAll (src/core/arrays.ts), a loop, or pass the array itself. Spread in an
// array literal (`[...a, ...b]`) or an object literal stays allowed: it iterates, it never uses the stack.
const NO_SPREAD_ARGUMENTS = {
  selector: ':matches(CallExpression, NewExpression) > SpreadElement',
  message: 'Do not spread an array into a call (it may be as long as a file makes it and overflow the stack): use maxOf/appendAll from src/core/arrays.ts, a loop, or pass the array.',
};
const ZOD = { group: ['zod', 'zod/*'], message: 'Import z from src/core/zod.ts, which sets zod up to keep the Content-Security-Policy (no eval).' };
const ADAPTERS = { group: ['**/adapters/**'], message: 'Presentation receives adapters from main.ts through ports; it does not import them.' };

export default tseslint.config(
  { ignores: ['dist/', 'dist-lms/', 'dist-single/', 'node_modules/', 'test-results/', 'coverage/', 'tmp-scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['src/core/**/*.ts'], rules: noImports([INKJS, RENDERERS, OUTER_LAYERS, ZOD]) },
  { files: ['src/core/zod.ts'], rules: noImports([INKJS, RENDERERS, OUTER_LAYERS]) },
  { files: ['src/core/story/**/*.ts'], rules: noImports([{ group: ['inkjs/*'], message: 'The game ships the inkjs runtime only: import from "inkjs", never "inkjs/full".' }, RENDERERS, OUTER_LAYERS, ZOD]) },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'indexedDB', 'BroadcastChannel', 'crypto'],
    },
  },
  // Shared by `npm run stories:check` (Node) and the own-story worker in the browser (src/presentation/own-story/).
  { files: ['tools/ink-source-compiler.ts', 'tools/ink-stepper.ts', 'tools/seeded-random.ts', 'tools/story-check/{check,explore,lint,playthroughs,state-key,report,story-map}.ts'], rules: noImports([NODE_APIS]) },
  { files: ['src/adapters/**/*.ts'], rules: noImports([INKJS, MAIN, { group: ['**/presentation/**', 'phaser'], message: 'Adapters implement ports; they know nothing of scenes.' }]) },
  { files: ['src/presentation/**/*.ts'], rules: noImports([INKJS, MAIN, HOWLER, ADAPTERS]) },
  // A screen change is taken once (issue 17): every scene leaves through GuardedScene.go, which ignores
  // the presses that follow the first. Starting scenes any other way (this.scene.start, game.scene.add…)
  // would let a double click start two.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/presentation/scenes/guarded-scene.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.object.property.name='scene'][callee.property.name=/^(start|launch|switch|restart|run|wake|resume|add|remove)$/]",
        message: 'Leave a scene with this.go(key, data) (GuardedScene), which takes a screen change once; scenes are started nowhere else.',
      }, NO_SPREAD_ARGUMENTS],
    },
  },
  // The same spread rule where the scene rule does not apply (a later block would replace, not add to, the rule above).
  { files: ['src/presentation/scenes/guarded-scene.ts', 'tools/**/*.ts'], rules: { 'no-restricted-syntax': ['error', NO_SPREAD_ARGUMENTS] } },
  // The title, the scenario list and the play-through's text work before Phaser has loaded (see
  // src/presentation/screens/early-screens.ts): what they use must not pull the engine in.
  {
    files: ['src/presentation/{screens,ui,group}/**/*.ts', 'src/presentation/*.ts'],
    ignores: ['src/presentation/game.ts', 'src/presentation/render-on-change.ts', 'src/presentation/drawn-area.ts', 'src/presentation/canvas-print.ts'],
    rules: noImports([INKJS, MAIN, HOWLER, ADAPTERS, ENGINE]),
  },
);
