// nginx in front of running instances, with the configuration docs/deploy.md gives operators ("Two instances
// behind a reverse proxy"): the test reads it from the page, so the page and the test cannot drift apart.
// Only what needs a certificate or fixed ports changes: the instances' addresses, and `listen 443 ssl` with
// its ssl_* lines becomes a plain-HTTP listen on the test's port. nginx runs in the foreground, as a child.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const NGINX = "/usr/sbin/nginx";
export const nginxInstalled = existsSync(NGINX);

/** The ```nginx block of docs/deploy.md's section on two instances. */
export function documentedNginxConfig(): string {
  const page = readFileSync("docs/deploy.md", "utf8");
  const section = page.slice(page.indexOf("## Two instances behind a reverse proxy"));
  const block = /```nginx\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("docs/deploy.md has no nginx configuration for two instances");
  return block;
}

function testConfig(folder: string, port: number, instances: [string, string]): string {
  const [first, second] = instances.map((origin) => new URL(origin).host);
  const site = documentedNginxConfig()
    .replace("127.0.0.1:3000", first ?? "")
    .replace("127.0.0.1:3001", second ?? "")
    .replace(/listen 443 ssl;/, `listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_\w+ .*$/gm, "")
    .replace(/error_log \S+/, `error_log ${folder}/site-error.log`);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `${kind}_temp_path ${folder}/${kind};`)
    .join("\n");
  const asRoot = process.getuid?.() === 0 ? "user root;" : ""; // workers must reach the temporary folder
  // An access log for the whole http block, as a distribution's nginx.conf has: the site must turn it off.
  const accessLog = `access_log ${folder}/logs/access.log;`;
  return `${asRoot}\ndaemon off;\npid ${folder}/nginx.pid;\nerror_log ${folder}/error.log error;\nevents {}\nhttp {\n${temp}\n${accessLog}\n${site}\n}\n`;
}

export type NginxProxy = { origin: string; folder: string; child: ChildProcess; stop(): Promise<void> };

/** Starts nginx on `port` in front of `instances` and waits until it answers. */
export async function startNginx(port: number, instances: [string, string]): Promise<NginxProxy> {
  const folder = mkdtempSync(path.join(tmpdir(), "ns-nginx-"));
  mkdirSync(path.join(folder, "logs"));
  writeFileSync(path.join(folder, "nginx.conf"), testConfig(folder, port, instances));
  const child = spawn(
    NGINX,
    ["-p", folder, "-c", path.join(folder, "nginx.conf"), "-e", `${folder}/error.log`],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(folder, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", done);
      child.kill("SIGQUIT"); // nginx's graceful stop
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
    if (
      await fetch(`${origin}/healthz`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return { origin, folder, child, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not answer within 5 s: ${errors}`);
}
