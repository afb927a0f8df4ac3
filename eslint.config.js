import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".cache/**", "build/**", "generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "public/build/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The analysis library stays pure: no framework, database or app imports.
    files: ["analysis/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["~/*", "**/app/**", "@remix-run/*", "@prisma/*", "**/generated/**", "react", "react-dom"] },
      ],
    },
  },
);
