import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { revokeAllLabSessions } from "./lab-sessions.server";
import { generatePassword } from "./password.server";
import {
  createResearcher,
  deactivateDemoResearcher,
  NoSuchResearcherError,
  normaliseEmail,
  resetResearcherPassword,
} from "./researchers.server";

/**
 * What `npm run lab:add-researcher` does, for whoever runs the server (no account acts: audited with
 * no researcher, detail "command line"). Returns the lines to print; throws ResearcherExistsError or
 * NoSuchResearcherError.
 */
export type CliCommand =
  | { kind: "create"; email: string; admin: boolean; replaceDemo: boolean }
  | { kind: "reset-password"; email: string }
  | { kind: "deactivate"; email: string }
  | { kind: "reactivate"; email: string }
  | { kind: "make-admin"; email: string };

const CLI = "command line";
const audit = (action: Parameters<typeof recordAuditEvent>[0]["action"], email: string, detail = CLI) =>
  recordAuditEvent({ researcherId: null, action, target: `account:${email}`, detail });

async function existing(email: string) {
  const normalised = normaliseEmail(email);
  const researcher = await prisma.researcher.findUnique({
    where: { email: normalised },
    select: { id: true, email: true, deactivatedAt: true },
  });
  if (!researcher) throw new NoSuchResearcherError(normalised);
  return researcher;
}

async function create(email: string, admin: boolean, replaceDemo: boolean): Promise<string[]> {
  // The first account of an empty database administers it: someone must be able to add the others.
  const first = (await prisma.researcher.count()) === 0;
  const password = generatePassword();
  const researcher = await createResearcher({ email, password, isAdmin: admin || first });
  await prisma.researcher.update({ where: { id: researcher.id }, data: { mustChangePassword: true } });
  await audit("account-created", researcher.email);
  if (admin || first) await audit("account-made-admin", researcher.email);
  const lines = [
    `Created researcher ${researcher.email}${admin || first ? " (site administrator)" : ""}.`,
    `One-time password (shown only now; pass it on privately): ${password}`,
  ];
  if (replaceDemo && (await deactivateDemoResearcher())) lines.push("Deactivated the demo researcher.");
  return lines;
}

export async function runAccountsCli(command: CliCommand): Promise<string[]> {
  switch (command.kind) {
    case "create":
      return create(command.email, command.admin, command.replaceDemo);
    case "reset-password": {
      const password = generatePassword();
      const { email, endedSessions } = await resetResearcherPassword({ email: command.email, password });
      await prisma.researcher.update({ where: { email }, data: { mustChangePassword: true } });
      await audit("password-reset", email, `${CLI}; ${endedSessions} session(s) ended`);
      return [
        `New password set for ${email}; ${endedSessions} signed-in session(s) ended.`,
        `One-time password (shown only now; pass it on privately): ${password}`,
      ];
    }
    case "deactivate": {
      const researcher = await existing(command.email);
      if (researcher.deactivatedAt) return [`${researcher.email} was already deactivated.`];
      await prisma.researcher.update({ where: { id: researcher.id }, data: { deactivatedAt: new Date() } });
      const ended = await revokeAllLabSessions(researcher.id);
      await audit("account-deactivated", researcher.email, `${CLI}; ${ended} session(s) ended`);
      return [`Deactivated ${researcher.email}; ${ended} signed-in session(s) ended.`];
    }
    case "reactivate": {
      const researcher = await existing(command.email);
      if (!researcher.deactivatedAt) return [`${researcher.email} is already active.`];
      await prisma.researcher.update({ where: { id: researcher.id }, data: { deactivatedAt: null } });
      await audit("account-reactivated", researcher.email);
      return [`Reactivated ${researcher.email}.`];
    }
    case "make-admin": {
      const researcher = await existing(command.email);
      await prisma.researcher.update({ where: { id: researcher.id }, data: { isAdmin: true } });
      await audit("account-made-admin", researcher.email);
      return [`${researcher.email} is a site administrator.`];
    }
  }
}
