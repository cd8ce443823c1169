// Styled by ./FieldError.css: plain CSS that the tools' pages load through components/tools/tools.css.
/** A field's message, read out with the field (aria-describedby) and shown above it. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

/** aria-invalid and aria-describedby for a field, given its message and hint. */
export function fieldProps(id: string, message: string | undefined, hintId?: string) {
  const describedBy = [hintId, message ? `${id}-error` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": message ? true : undefined, "aria-describedby": describedBy || undefined };
}
