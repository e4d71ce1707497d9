/**
 * Every word the popup and options page show comes from the locale tables (lib/i18n), so both languages
 * cover the whole UI: no text written straight into the components' markup, nor in the attributes that
 * assistive technology reads out. (The policy text, District data and the checker's messages are data.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIRS = ['components/popup', 'components/options', 'components'];
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Text with a letter in it; symbols and punctuation between translated pieces (" · ", ":", "(") are fine. */
const WORDY = /\p{L}{2,}/u;

function componentFiles(): string[] {
  return DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.tsx') && !name.endsWith('.test.tsx'))
      .map((name) => join(dir, name)),
  );
}

/** Literal UI text in a .tsx file: JSX text and string-literal spoken attributes, as "line: text". */
function literalUiText(file: string, source = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, text: string) =>
    found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDY.test(node.text)) at(node, node.text);
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init.text
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
            ? init.expression.text
            : null;
      if (literal && WORDY.test(literal)) at(node, literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('UI text', () => {
  it('finds literal text (so the check below can fail)', () => {
    const sample = 'export const A = () => <p title="Close">Hello {t("x")} · <b aria-label={"Open it"}>:</b></p>;';
    expect(literalUiText('sample.tsx', sample)).toEqual([
      'sample.tsx:1: Close',
      'sample.tsx:1: Hello',
      'sample.tsx:1: Open it',
    ]);
  });

  it('popup, options and shared components write no UI text outside the locale tables', () => {
    const files = componentFiles();
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((file) => literalUiText(file))).toEqual([]);
  });
});
