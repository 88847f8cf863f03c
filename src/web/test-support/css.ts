/** A small reader of our stylesheets for the style tests: rules with their selectors and declarations. */

export interface Rule {
  selector: string;
  /** Enclosing at-rules, outermost first (`@media print`). */
  context: string[];
  declarations: { property: string; value: string }[];
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Splits at top-level occurrences of `separator` (outside parentheses and strings). */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function parseRules(css: string): Rule[] {
  const text = stripComments(css);
  const rules: Rule[] = [];
  const walk = (from: number, to: number, context: string[]) => {
    let i = from;
    while (i < to) {
      const open = text.indexOf('{', i);
      const semicolon = text.indexOf(';', i);
      if (open === -1 || open >= to) return;
      if (semicolon !== -1 && semicolon < open) {
        i = semicolon + 1; // an at-rule statement (@import, @charset)
        continue;
      }
      let depth = 0;
      let close = open;
      for (; close < to; close++) {
        if (text[close] === '{') depth++;
        else if (text[close] === '}' && --depth === 0) break;
      }
      const head = text.slice(i, open).trim();
      if (head.startsWith('@media') || head.startsWith('@supports'))
        walk(open + 1, close, [...context, head]);
      else if (head.startsWith('@')) {
        // @keyframes, @page: their inner blocks are not rules of classes
      } else {
        const declarations = splitTop(text.slice(open + 1, close), ';')
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => {
            const colon = part.indexOf(':');
            return { property: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() };
          });
        rules.push({ selector: head, context, declarations });
      }
      i = close + 1;
    }
  };
  walk(0, text.length, []);
  return rules;
}

/** Class names in a selector (`.a .b:hover > .c-d` → a, b, c-d); attribute values are skipped. */
export function classesOf(selector: string): string[] {
  return [...selector.replace(/\[[^\]]*\]/g, '').matchAll(/\.([a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? '');
}
