/**
 * A token trie for dictionary phrases: one lookup per token, longest match, no scan over the
 * dictionary per call (the gazetteer holds tens of thousands of phrases).
 */
import { phraseKeys, type Token } from './tokens.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[] | null;
}

/** Case of matching: 'proper' compares keys as written (Iran, not iran); 'lower' ignores case. */
export type TrieCase = 'proper' | 'lower';

export interface TrieMatch<T> {
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  values: T[];
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: null };
  /**
   * firsts[c] is 1 when some phrase's first key starts with char code c. Most tokens ("said",
   * "the", "on") start no phrase of the actor and place tries, whose first words are nearly all
   * capitalized: one array read turns them away before a Map probe.
   */
  private readonly firsts = new Uint8Array(0x10000);
  /**
   * byWord[token.id]: the root's child for that word, null for none, undefined until first asked.
   * Most tokens start nothing; after a word's first meeting each is turned away by one array read.
   * Filled on demand, so it is valid only while the trie no longer grows (add clears it).
   */
  private byWord: (Node<T> | null | undefined)[] = [];
  constructor(readonly mode: TrieCase) {}

  add(phrase: string, value: T): void {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    let node = this.root;
    const first = this.mode === 'lower' ? keys[0].toLowerCase() : keys[0];
    this.firsts[first.charCodeAt(0)] = 1;
    for (const k0 of keys) {
      const k = this.mode === 'lower' ? k0.toLowerCase() : k0;
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(k, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
    if (this.byWord.length) this.byWord = [];
  }

  /** True when some phrase starts with this token. */
  starts(token: Token): boolean {
    return this.first(token) !== undefined;
  }

  /** The root's child for token `t` (the node after its first word), or undefined. */
  private first(t: Token): Node<T> | undefined {
    const id = t.id;
    if (id < 0) return this.mayStart(t) ? this.step(this.root, t) : undefined;
    const byWord = this.byWord;
    while (byWord.length <= id) byWord.push(undefined);
    let hit = byWord[id];
    if (hit === undefined) {
      hit = (this.mayStart(t) && this.step(this.root, t)) || null;
      byWord[id] = hit;
    }
    return hit ?? undefined;
  }

  /** False when no phrase can start with this token (its first char starts no first key; a title form shares it). */
  private mayStart(t: Token): boolean {
    return this.firsts[(this.mode === 'lower' ? t.lower : t.key).charCodeAt(0)] === 1;
  }

  /** The longest phrase starting at `tokens[from]`, or null. */
  longest(tokens: readonly Token[], from: number): TrieMatch<T> | null {
    if (from >= tokens.length) return null;
    let node: Node<T> | undefined = this.first(tokens[from]);
    if (!node) return null;
    let best: TrieMatch<T> | null = node.values ? { from, to: from + 1, values: node.values } : null;
    for (let i = from + 1; i < tokens.length; i++) {
      node = this.step(node, tokens[i]);
      if (!node) break;
      if (node.values) best = { from, to: i + 1, values: node.values };
    }
    return best;
  }

  private step(node: Node<T>, t: Token): Node<T> | undefined {
    if (this.mode === 'lower') return node.next.get(t.lower);
    const hit = node.next.get(t.key);
    return hit || t.title === null ? hit : node.next.get(t.title);
  }
}
