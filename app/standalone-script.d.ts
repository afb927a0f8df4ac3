/** Address of a script compiled on its own (scripts/vite/standalone-script.ts). */
declare module "*?standalone-script" {
  const url: string;
  export default url;
}
