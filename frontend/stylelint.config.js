// Stylelint for main.css, tokens.css and the <style> blocks of .vue files (parsed with postcss-html
// through stylelint-config-recommended-vue). Layout is Prettier's job; these rules catch mistakes
// and keep colours and breakpoints on the design tokens of src/styles/tokens.css.
/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard', 'stylelint-config-recommended-vue'],
  ignoreFiles: ['dist/**', 'target/**', 'node_modules/**', 'coverage/**'],
  rules: {
    // Class names follow the components' BEM-like names (block__element--modifier).
    'selector-class-pattern': null,
    // Scoped blocks are small and ordered by component structure, not by specificity.
    'no-descending-specificity': null,
    // The code's own notations: alpha as a number (rgb(15 31 29 / 0.05)), imports as plain strings.
    'alpha-value-notation': 'number',
    'import-notation': 'string',
    // currentColor reads better camel-cased; font names keep their own spelling.
    'value-keyword-case': [
      'lower',
      { camelCaseSvgKeywords: true, ignoreKeywords: ['srgb'], ignoreProperties: ['/^--laurel-font/'] },
    ],
    // Safari still needs these prefixes.
    'property-no-vendor-prefix': [
      true,
      { ignoreProperties: ['-webkit-text-size-adjust', '-webkit-backdrop-filter', '-webkit-background-clip'] },
    ],
    // The visually-hidden pattern keeps clip for older screen readers' browsers.
    'property-no-deprecated': [true, { ignoreProperties: ['clip'] }],
  },
  overrides: [
    {
      // Components and views take colours and breakpoints from tokens.css, never their own.
      files: ['src/**/*.vue'],
      rules: {
        'color-no-hex': true,
        'color-named': ['never', { ignore: ['inside-function'] }],
        'media-feature-name-disallowed-list': [
          ['width', 'min-width', 'max-width'],
          {
            message: 'Use a breakpoint from src/styles/tokens.css, e.g. @media (--bp-md)',
          },
        ],
      },
    },
  ],
}
