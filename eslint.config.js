import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import tseslint from "typescript-eslint";

const root = import.meta.dirname;

// The pure packages (decisions 019 and 021): they never import the app, the database or a framework.
const PURE_PACKAGES = new Set(["analysis", "instrument", "exports"]);
const FORBIDDEN_TOP_FOLDERS = new Set(["app", "prisma", "generated"]);
const FORBIDDEN_PACKAGE = /^(~\/|@remix-run\/|@prisma\/|react$|react-dom$|react\/|react-dom\/)/;
// …and among themselves imports point one way, exports → analysis → instrument: what each may not import.
const LOWER_PACKAGE_REFUSES = new Map([
  ["instrument", new Set(["analysis", "exports"])],
  ["analysis", new Set(["exports"])],
]);
// The one entry of the exports package, for the app, scripts and benchmarks.
const EXPORTS_ENTRIES = new Set(["exports", "exports/index"]);

// The entries of the analysis library (decision 019): analysis/index.ts, analysis/render.ts (server-only chart
// rendering), and the index.ts of each area folder (analysis/careless, charts, disclosure, distributions, survey).
const analysisAreas = readdirSync(path.join(root, "analysis"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(root, "analysis", entry.name, "index.ts")))
  .map((entry) => entry.name);
const ANALYSIS_ENTRIES = new Set([
  "analysis",
  "analysis/index",
  "analysis/render",
  ...analysisAreas.flatMap((area) => [`analysis/${area}`, `analysis/${area}/index`]),
]);
/** The project-relative path an import names (without extension), or null for a package. */
function importedPath(filename, source) {
  let absolute;
  if (source.startsWith(".")) absolute = path.resolve(path.dirname(filename), source);
  else if (source.startsWith("~/")) absolute = path.join(root, "app", source.slice(2));
  else return null;
  return path
    .relative(root, absolute)
    .split(path.sep)
    .join("/")
    .replace(/\.(ts|tsx|js|mjs)$/, "");
}

/**
 * "analysis-boundary": which way imports point, for static and dynamic imports alike (a dynamic `import()` and an
 * `import("…").T` type are invisible to no-restricted-imports). Inside the pure packages (analysis/, instrument/,
 * exports/): nothing from app/, prisma/, generated/, Remix, Prisma or React, and no import() by a computed path;
 * instrument/ imports neither analysis/ nor exports/, and analysis/ does not import exports/. Outside analysis/:
 * only its entries; outside exports/: only exports/index.ts.
 *
 * @type {import("eslint").Rule.RuleModule}
 */
const analysisBoundary = {
  meta: {
    type: "problem",
    docs: {
      description:
        "imports point one way: the pure packages stand alone and are entered through their entries",
    },
    schema: [],
  },
  create(context) {
    const file = path.relative(root, context.filename).split(path.sep).join("/");
    const top = file.split("/")[0];
    const pure = PURE_PACKAGES.has(top);
    const refused = LOWER_PACKAGE_REFUSES.get(top) ?? new Set();
    const check = (node, source, dynamic) => {
      if (typeof source !== "string") {
        if (pure && dynamic) context.report({ node, message: `${top}/ may import() only a literal path` });
        return;
      }
      const target = importedPath(context.filename, source);
      const targetTop = target?.split("/")[0];
      if (pure && (target === null ? FORBIDDEN_PACKAGE.test(source) : FORBIDDEN_TOP_FOLDERS.has(targetTop)))
        context.report({
          node,
          message: `${top}/ may not import "${source}" (the app, the database or a framework)`,
        });
      else if (refused.has(targetTop))
        context.report({
          node,
          message: `${top}/ may not import "${source}": imports point one way, exports → analysis → instrument`,
        });
      else if (top !== "analysis" && targetTop === "analysis") {
        if (ANALYSIS_ENTRIES.has(target)) return;
        context.report({
          node,
          message: `Import "${target}" through an entry of the analysis library: analysis, analysis/render or analysis/<area> (${analysisAreas.join(", ")})`,
        });
      } else if (top !== "exports" && targetTop === "exports" && !EXPORTS_ENTRIES.has(target))
        context.report({
          node,
          message: `Import "${target}" through the exports package's entry, exports/index.ts`,
        });
    };
    return importVisitors(check);
  },
};

/** The string a static path names (a literal or a template without expressions), else undefined. */
const literal = (node) =>
  node?.type === "Literal"
    ? node.value
    : node?.type === "TemplateLiteral" && node.expressions.length === 0
      ? node.quasis[0].value.cooked
      : undefined;

/** Calls check(node, source, dynamic) for every import, re-export, import() and import("…").Type. */
function importVisitors(check) {
  return {
    ImportDeclaration: (node) => check(node, node.source.value, false),
    ExportAllDeclaration: (node) => check(node, node.source.value, false),
    ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, false),
    TSImportEqualsDeclaration: (node) =>
      node.moduleReference.type === "TSExternalModuleReference" &&
      check(node, literal(node.moduleReference.expression), false),
    ImportExpression: (node) => check(node, literal(node.source), true),
    // Newer typescript-eslint names the path `source`; reading the older `argument` prints a deprecation warning.
    TSImportType: (node) =>
      check(node, literal(node.source ?? node.argument?.literal ?? node.argument), true),
  };
}

// The rooms of app/ (decision 022). Routes and components compose the wings and may import any of them;
// shared modules serve every wing and import none; every other folder of app/ is a wing of its own.
const COMPOSING = new Set(["routes", "components", "styles", "root", "entry.server"]);
const SHARED = new Set([
  "surveys",
  "privacy",
  "invitations",
  "forms",
  "security",
  "db.server",
  "database",
  "env.server",
  "limits",
  "store-health.server",
  "i18n",
  "studies",
]);
// The doors between wings, each with its reason. Keep the list short: a new entry is a design decision.
const WING_DOORS = [
  // Every researcher action is written to the one audit trail, from whichever wing (or shared module) acts.
  { from: "*", to: "app/audit/audit.server" },
  // The lab's pages open only for a signed-in researcher: the lab's gate asks the auth wing for the session.
  { from: "lab", to: "app/auth/session.server" },
  // ... and asks it, through one function, whether the signed-in researcher may do this to this survey.
  { from: "lab", to: "app/auth/survey-access.server" },
  // The lab names the right each tab and button needs, and its members page lists roles, from the one
  // permission table (pure data, no database): decision 040.
  { from: "lab", to: "app/auth/survey-roles" },
];

/** The room of app/ a project-relative path is in ("lab", "db.server", "routes"), or null outside app/. */
function appRoom(projectPath) {
  const [top, room] = projectPath.split("/");
  return top === "app" && room ? room.replace(/\.(ts|tsx|js)$/, "") : null;
}

/**
 * "wing-boundary": the wings of app/ (respondent, lab, findings, auth, audit) keep to themselves, static and
 * dynamic imports alike. A wing imports shared modules and its own files, another wing only through a door in
 * WING_DOORS; a shared module imports no wing (bar those doors); neither imports a route or a component.
 */
const wingBoundary = {
  meta: {
    type: "problem",
    docs: { description: "the wings of app/ import shared modules, not each other (decision 022)" },
    schema: [],
  },
  create(context) {
    const room = appRoom(path.relative(root, context.filename).split(path.sep).join("/"));
    if (room === null || COMPOSING.has(room)) return {};
    const where = SHARED.has(room) ? `the shared module app/${room}` : `the ${room} wing`;
    const check = (node, source, dynamic) => {
      if (typeof source !== "string") {
        if (dynamic) context.report({ node, message: `${where} may import() only a literal path` });
        return;
      }
      const target = importedPath(context.filename, source);
      const targetRoom = target === null ? null : appRoom(target);
      if (targetRoom === null || targetRoom === room || SHARED.has(targetRoom)) return;
      if (COMPOSING.has(targetRoom)) {
        context.report({ node, message: `${where} may not import "${source}": domain code imports no UI` });
        return;
      }
      if (WING_DOORS.some((door) => (door.from === "*" || door.from === room) && door.to === target)) return;
      context.report({
        node,
        message: `${where} may not import "${source}" from the ${targetRoom} wing: move what both need to a shared module, or add a door to WING_DOORS (decision 022)`,
      });
    };
    return importVisitors(check);
  },
};

/** The project's own rules (plugin "house"); exported for their tests. */
export const houseRules = { "analysis-boundary": analysisBoundary, "wing-boundary": wingBoundary };

export default tseslint.config(
  {
    ignores: [
      ".cache/**",
      "build/**",
      "generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "public/build/**",
    ],
  },
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
    // The pure packages stay pure and import one way, static and dynamic imports alike; the rest of the
    // project enters analysis/ and exports/ through their entries; the wings of app/ keep to themselves.
    // Tests are exempt: unit tests test files one by one.
    files: ["**/*.ts", "**/*.tsx", "**/*.js"],
    ignores: ["test/**"],
    plugins: { house: { rules: houseRules } },
    rules: {
      "house/analysis-boundary": "error",
      "house/wing-boundary": "error",
      // A function a reader can hold in mind: longer ones are split into named steps (issue 16).
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
);
