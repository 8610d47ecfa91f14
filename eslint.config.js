import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The pipeline's direction (DESIGN.md, "The pipeline"), kept by the linter: a stage
 * imports the leaves (model, errors, untrusted, services, catalogue) and the stages before it, never a
 * later stage, the session or a shell; nothing outside src/action imports @actions/*.
 */
const STAGES = ['lifecycle', 'targets', 'prober', 'fingerprint', 'policy', 'report'];
const SHELLS = ['action', 'cli'];
const ACTIONS = { group: ['@actions/*'], message: 'GitHub belongs to src/action alone.' };

/** A relative import of `dir/…` (or of `file.js` for a top-level module), from any depth. */
const into = (name, message) => ({ regex: `^(\\.\\.?/)+${name}(/|\\.js$)`, message });

const stageRules = STAGES.map((stage, i) => ({
  files: [`src/${stage}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ACTIONS,
          ...STAGES.slice(i + 1).map((later) =>
            into(
              later,
              `${stage} runs before ${later} in the pipeline; pass data forward, never import back.`,
            ),
          ),
          ...['run', 'session', ...SHELLS].map((up) =>
            into(up, `${stage} is a stage; ${up} calls the stages, not the other way round.`),
          ),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'src/policy/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // Leaves of the import graph: every stage may use them, so they use no stage. The protocol
    // catalogue is one: the prober reads its UDP payloads, the fingerprint stage all of it.
    files: [
      'src/model.ts',
      'src/errors.ts',
      'src/untrusted.ts',
      'src/services.ts',
      'src/logger.ts',
      'src/version.ts',
      'src/catalogue/**/*.ts',
      'src/words.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ACTIONS,
            ...[...STAGES, 'run', 'session', ...SHELLS].map((m) =>
              into(m, 'a leaf module (shared vocabulary) imports no stage.'),
            ),
          ],
        },
      ],
    },
  },
  ...stageRules,
  {
    files: ['src/run.ts', 'src/session/**/*.ts', 'src/session.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ACTIONS,
            ...SHELLS.map((s) => into(s, 'the session serves both shells; it imports neither.')),
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [ACTIONS, into('action', 'the CLI and the action are separate shells over one session.')],
        },
      ],
    },
  },
  {
    files: ['src/action/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [into('cli', 'the CLI and the action are separate shells over one session.')] },
      ],
    },
  },
);
