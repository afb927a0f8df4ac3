/**
 * The two ways to hand over a definition: a file, or pasted JSON for when uploads are awkward.
 * `pasted`: the text pasted before a refusal, shown again (a file cannot be).
 */
export function DefinitionFields({ pasted }: { pasted?: string }) {
  return (
    <>
      <div className="field">
        <label htmlFor="definition-file">Definition file (.json)</label>
        <input id="definition-file" name="definitionFile" type="file" accept="application/json,.json" />
      </div>
      <details open={pasted ? true : undefined}>
        <summary>Or paste the definition</summary>
        <div className="field">
          <label htmlFor="definition-text">Definition JSON</label>
          <textarea
            id="definition-text"
            name="definitionText"
            rows={10}
            spellCheck={false}
            className="code-input"
            defaultValue={pasted}
          />
        </div>
      </details>
    </>
  );
}
