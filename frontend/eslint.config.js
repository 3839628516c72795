// ESLint for the TypeScript and Vue sources: the Vue 3 recommended rules and typescript-eslint's
// recommended ones. Layout is Prettier's job alone, so eslint-config-prettier (last) switches off
// every rule that would argue with it.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier/flat'
import { defineConfig, globalIgnores } from 'eslint/config'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  // schema.d.ts is generated from the server's OpenAPI document at build time.
  globalIgnores(['dist/', 'target/', 'coverage/', 'test-results/', 'playwright-report/', 'src/api/schema.d.ts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      // An underscore marks a parameter that a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier (no semicolons) puts each statement of an inline handler on its own line, which the
      // Vue compiler then reads as one broken expression: two statements belong in an arrow or a method.
      'vue/no-restricted-syntax': [
        'error',
        {
          selector: 'VOnExpression[body.length>1]',
          message: 'Write a multi-statement handler as an arrow function or a method.',
        },
      ],
    },
  },
  {
    files: ['*.config.{js,ts}', 'e2e/**/*.ts', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
)
