// The options of a list to choose from: "any" or "none" first (the empty value) when there is one, then
// each value, shown by its label or as it is.

interface Props {
  /** The first option's words, for the empty value ("Any tag", "All stages"). */
  none?: string;
  values: readonly string[];
  label?(value: string): string;
}

export function Options({ none, values, label }: Props) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {values.map((value) => (
        <option key={value} value={value}>
          {label ? label(value) : value}
        </option>
      ))}
    </>
  );
}
