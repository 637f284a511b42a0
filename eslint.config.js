// ESLint runs only the React hooks and React Compiler rules (Biome formats and lints the rest):
// no ref read or written during render, no impure render, hooks called by the rules; and one
// rule Biome lacks: no function takes more than four positional parameters (more is an object).
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs['recommended-latest'].rules, 'max-params': ['error', 4] },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
];
