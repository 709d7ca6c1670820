/**
 * Where a field inside a YAML list sits, so a problem with `phases[1].from` points at that line
 * rather than at `phases:`. YAML parsers keep no positions; this reads the block layout authors
 * write (a top-level key, then `- ` items below it). A list written in flow style (`[...]`) gives
 * the key's own line.
 */

/** The 1-based line of `key[index].field` in a YAML text, or of `key:` when the item is not found. */
export function lineOfListItemField(text: string, key: string, index: number, field: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const keyIndex = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (keyIndex === -1) return undefined;
  const block: number[] = [];
  for (let position = keyIndex + 1; position < lines.length; position++) {
    const line = lines[position]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    // The next top-level key ends the list; items may start at column 0 ("- from: ...").
    if (!/^\s/.test(line) && !line.startsWith('-')) break;
    block.push(position);
  }
  const itemStarts = block.filter((position) => /^\s*- /.test(lines[position]!) || /^\s*-$/.test(lines[position]!));
  const itemIndent = itemStarts.length ? indentOf(lines[itemStarts[0]!]!) : -1;
  const items = itemStarts.filter((position) => indentOf(lines[position]!) === itemIndent);
  const start = items[index];
  if (start === undefined) return keyIndex + 1;
  const end = items[index + 1] ?? (block.length ? block[block.length - 1]! + 1 : start + 1);
  const fieldPattern = new RegExp(`^\\s*(- )?${escape(field)}:`);
  for (let position = start; position < end; position++) {
    if (fieldPattern.test(lines[position]!)) return position + 1;
  }
  return start + 1;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
