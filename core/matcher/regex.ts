/**
 * The all-alias RegExp over original text, used only by the bench's floor (scan walks the word
 * trie instead): a trie of letter tokens written as nested alternatives, longest alias first.
 */
import { IGNORABLE_CLASS, foldForMatching, letterClass } from '../arabic/normalize';
import { COMPOUND_HEADS, IGNORABLE_ALL, QUOTES, WORD_CHAR, dropsFinalHamza } from './word-trie';

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}


/**
 * The trie tokens of an alias: folded letters, ' ' for a required space, '~' for an optional one
 * (after a compound head). Diacritics, tatweel and invisibles in the alias are dropped.
 */
export function aliasTokens(alias: string): string[] {
  const words = alias
    .normalize('NFKC')
    .split(/[\s\u00A0]+/)
    .map((w) => foldForMatching(w.replace(IGNORABLE_ALL, '')))
    .filter((w) => w.length > 0);
  const tokens: string[] = [];
  words.forEach((word, i) => {
    if (i > 0) tokens.push(COMPOUND_HEADS.includes(words[i - 1]!) ? '~' : ' ');
    const head = COMPOUND_HEADS.find((h) => word.startsWith(h) && word.length - h.length >= 3);
    if (head) {
      tokens.push(...head, '~', ...word.slice(head.length));
    } else {
      tokens.push(...word);
    }
  });
  return tokens;
}

function insert(root: TrieNode, tokens: string[]): void {
  let node = root;
  for (const t of tokens) {
    let next = node.children.get(t);
    if (!next) {
      next = { children: new Map(), terminal: false };
      node.children.set(t, next);
    }
    node = next;
  }
  node.terminal = true;
}

/** How a trie token is written in the regex, for prepared text or for original text. */
type TokenWriter = (token: string) => string;

const originalToken: TokenWriter = (t) =>
  t === ' '
    ? `\\s[\\s\\p{Cf}\\u0640]*${QUOTES}?`
    : t === '~'
      ? `[\\s\\p{Cf}\\u0640]*`
      : `${letterClass(t)}${IGNORABLE_CLASS}*`;

/**
 * The regex source of a trie. Children first and the end of a name last (a greedy `?`), so at any
 * start the longest alias wins; letter classes are disjoint, so the trie stays deterministic.
 */
function trieSource(node: TrieNode, write: TokenWriter): string {
  const alternatives: string[] = [];
  for (const [token, child] of node.children) alternatives.push(write(token) + trieSource(child, write));
  if (alternatives.length === 0) return '';
  const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  if (!node.terminal) return body;
  return alternatives.length === 1 && !body.startsWith('(?:') ? `(?:${body})?` : `${body}?`;
}

function buildRegex(root: TrieNode, write: TokenWriter, original: boolean): RegExp {
  const ign = original ? `${IGNORABLE_CLASS}*` : '';
  const clitics = `(?:[وف]${ign}(?:[بكل]${ign})?|[بكل]${ign})`;
  const prefix = `((?:${clitics}(?:${QUOTES}${ign})?)?)`;
  const body = trieSource(root, write) || '(?!)';
  return new RegExp(`(?<!${WORD_CHAR})${prefix}(${body})(?!${WORD_CHAR})`, 'gu');
}


/** The trie tokens of every spelling of an alias the regex finds. */
function spellingsOf({ alias, accusative }: { alias: string; accusative: boolean }): string[][] {
  const tokens = aliasTokens(alias);
  const spellings = [tokens];
  // Informal writing drops a final hamza after alef: سينا for سيناء.
  if (dropsFinalHamza(tokens)) spellings.push(tokens.slice(0, -1));
  if (accusative) spellings.push([...tokens, 'ا']);
  return spellings;
}

/** One RegExp (flags `gu`) over original text for every alias and its written variants. */
export function buildAliasRegex(aliases: ReadonlyArray<{ alias: string; accusative: boolean }>): RegExp {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const t of aliases.flatMap(spellingsOf)) {
    insert(root, t);
    // ل + ال is written لل (للبيضاء): the alias without its alef, valid only after a ل clitic.
    if (t[0] === 'ا' && t[1] === 'ل' && t.length > 3) insert(root, t.slice(1));
  }
  return buildRegex(root, originalToken, true);
}
