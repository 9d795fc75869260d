// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { builtinModules } from 'node:module'
import tseslint from 'typescript-eslint'

/**
 * The layer arrows of the architecture brief, as import bans per folder:
 * shared imports nothing of ours; db imports shared; renderer imports shared only;
 * host-neutral services import db and shared; only the Electron glue and the preload import 'electron'.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)]
const ban = (names, message) => names.map((name) => ({ name, message }))
const layer = (message, ...groups) => groups.map((group) => ({ group: [group], message }))

const noNode = ban(
  nodeBuiltins,
  'This layer runs without Node: move file and OS work to electron/services.',
)
const noElectron = ban(
  ['electron'],
  "Only electron/main and electron/preload may import 'electron'.",
)
const noDatabaseDrivers = ban(['better-sqlite3', 'kysely'], 'Data access belongs in db/.')
const noReact = ban(['react', 'react-dom'], 'React belongs in renderer/.')

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode, ...noElectron, ...noDatabaseDrivers, ...noReact],
          patterns: layer(
            'shared/ imports nothing from the other layers.',
            '**/db/**',
            '**/electron/**',
            '**/renderer/**',
          ),
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode, ...noElectron, ...noReact],
          patterns: layer('db/ imports shared/ only.', '**/electron/**', '**/renderer/**'),
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode, ...noElectron, ...noDatabaseDrivers],
          patterns: layer(
            'renderer/ imports shared/ only; it reaches the backend through the API client.',
            '**/db/**',
            '**/electron/**',
          ),
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/preview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noElectron, ...noReact],
          patterns: layer(
            'Host-neutral code must not depend on the Electron glue or the UI.',
            '**/main/**',
            '**/preload/**',
            '**/renderer/**',
          ),
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noReact,
          patterns: layer('The Electron glue does not import the UI.', '**/renderer/**'),
        },
      ],
    },
  },
)
