import { type InstrumentDefinitionInput, instrumentDefinitionSchema } from "../instrument/definition-schema";

/** Two short pages: the smallest journey that still has consent, a choice, a matrix and free text. */
export const smallInstrument = instrumentDefinitionSchema.parse({
  schemaVersion: 1,
  id: "bench-small",
  title: "Load benchmark survey",
  description: "A two-page instrument for bench/load.ts.",
  languages: ["en"],
  estimatedMinutes: 1,
  dataUse: "Throwaway data.",
  answerScales: {
    agree: {
      label: "Agreement",
      options: [1, 2, 3, 4, 5].map((code) => ({ code, label: `Level ${code}` })),
    },
  },
  pages: [
    {
      id: "start",
      title: "Before you start",
      items: [
        { id: "consent", type: "consent", text: "I agree to take part.", agreeLabel: "I agree" },
        {
          id: "role",
          type: "single",
          required: true,
          text: "Role",
          options: [
            { code: 1, label: "Agent" },
            { code: 2, label: "Lead" },
          ],
        },
      ],
    },
    {
      id: "strain",
      title: "Strain",
      items: [
        {
          id: "block",
          type: "matrix",
          scale: "agree",
          text: "How much do you agree…",
          rows: [
            { id: "s1", text: "one" },
            { id: "s2", text: "two" },
            { id: "s3", text: "three" },
          ],
        },
        { id: "note", type: "text", text: "Anything else?", maxLength: 200 },
      ],
    },
  ],
} satisfies InstrumentDefinitionInput);
