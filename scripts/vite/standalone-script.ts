import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type Plugin, transformWithEsbuild } from "vite";

const SUFFIX = "?standalone-script";

/**
 * `import url from "./x.ts?standalone-script"` gives the address of x.ts compiled and minified on its own, one file
 * outside the app's bundles (decision 043: respondent pages load only this, not React). x.ts must import nothing,
 * so the file the browser fetches is the whole script. Its name carries a hash of its content, so it can be cached
 * for ever like the other built assets.
 */
export function standaloneScripts(): Plugin {
  let serving = false;
  let root = "";
  let base = "/";
  return {
    name: "negative-space:standalone-script",
    configResolved(config) {
      serving = config.command === "serve";
      root = config.root;
      base = config.base;
    },
    async load(id, options) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      const source = await readFile(file, "utf8");
      if (/^\s*(import|export)\s[^;]*\sfrom\s/m.test(source)) {
        this.error(
          `${path.relative(root, file)} is loaded as a standalone script, so it cannot import anything.`,
        );
      }
      this.addWatchFile(file);
      // The development server compiles the .ts file itself when the browser asks for it.
      if (serving) return `export default ${JSON.stringify(`${base}${path.relative(root, file)}`)};`;
      const { code } = await transformWithEsbuild(source, file, {
        loader: "ts",
        format: "esm",
        target: "es2020",
        minify: true,
      });
      const hash = createHash("sha256").update(code).digest("base64url").slice(0, 8);
      const fileName = `assets/${path.basename(file, ".ts")}-${hash}.js`;
      // The server build only needs the address; the client build writes the file.
      if (!options?.ssr) this.emitFile({ type: "asset", fileName, source: code });
      return `export default ${JSON.stringify(`${base}${fileName}`)};`;
    },
  };
}
