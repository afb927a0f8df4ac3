import { createContext, useContext } from "react";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** This response's Content-Security-Policy nonce, made by server.js. */
    cspNonce?: string;
  }
}

// The nonce is only known on the server; in the browser it is "" (browsers hide nonce attributes
// from scripts anyway, so nothing is lost).
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

/** The nonce for inline <script> elements in this response. */
export function useNonce(): string {
  return useContext(NonceContext);
}
