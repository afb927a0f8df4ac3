import { ownAccount } from "./own-account.server";
import { openTotpSetup } from "./second-factor.server";
import { base32Encode, otpauthUri } from "./totp.server";

/** What the TOTP page shows: the state of the account, and a set-up in progress if the URL carries one. */
export async function totpPageState(researcherId: string, pending: string | null) {
  const account = await ownAccount(researcherId);
  const secret = !account.totpOn && pending ? openTotpSetup(researcherId, pending) : null;
  return {
    account,
    setup: secret
      ? {
          pending: pending ?? "",
          secret:
            base32Encode(secret)
              .match(/.{1,4}/g)
              ?.join(" ") ?? "",
          uri: otpauthUri(secret, account.email),
        }
      : null,
    setupExpired: !account.totpOn && pending !== null && secret === null,
  };
}
