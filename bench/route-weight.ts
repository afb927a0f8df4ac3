// Gzipped JavaScript a route makes the browser download, read from the Remix build's manifest.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type ManifestEntry = { module: string; imports?: string[] };
type RemixManifest = { entry: ManifestEntry; routes: Record<string, ManifestEntry & { parentId?: string }> };

export function readClientManifest(clientDirectory = "build/client"): RemixManifest {
  const assets = path.join(clientDirectory, "assets");
  const file = readdirSync(assets).find((name) => /^manifest-.*\.js$/.test(name));
  if (!file) throw new Error("No Remix manifest in build/client/assets: run `npm run build` first.");
  const source = readFileSync(path.join(assets, file), "utf8");
  return JSON.parse(source.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, "")) as RemixManifest;
}

/** Every script a first load of `routeId` fetches (entry, root, parents, the route), with gzipped sizes. */
export function routeJavaScript(
  routeId: string,
  clientDirectory = "build/client",
): { files: { file: string; gzipBytes: number }[]; totalGzipBytes: number } {
  const manifest = readClientManifest(clientDirectory);
  const chain: ManifestEntry[] = [manifest.entry];
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`No route "${id}" in the manifest`);
    chain.push(route);
  }
  const urls = new Set(chain.flatMap((entry) => [entry.module, ...(entry.imports ?? [])]));
  const files = [...urls].map((url) => ({
    file: url,
    gzipBytes: gzipSync(readFileSync(path.join(clientDirectory, url))).length,
  }));
  return { files, totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
