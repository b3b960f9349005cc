import { textWidth } from './table.js';

/** Cut one line to `width` display columns, ending in '…' when something was cut. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let result = '';
  for (const char of text) {
    if (textWidth(result + char) > width - 1) break;
    result += char;
  }
  return result + '…';
}

/** Wrap text at spaces into lines of at most `width` columns; a word longer than that is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (textWidth(candidate) <= width) current = candidate;
    else {
      if (current !== '') lines.push(current);
      current = truncate(word, width);
    }
  }
  if (current !== '') lines.push(current);
  return lines.length > 0 ? lines : [''];
}
