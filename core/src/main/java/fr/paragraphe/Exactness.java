package fr.paragraphe;

/**
 * How exactly a match must have the form of the words typed. The index finds paragraphs by analysed
 * words (case, accents, elision and plurals folded); {@link #FORM} and {@link #CASE} check each
 * match it finds against the text as written, and drop those that fail.
 *
 * <p>What is checked, for each match: an exact phrase's words must be the typed words, in order; a
 * phrase with slop must hold every typed word; a bare word must be the typed word, and a prefix
 * must start the word. A word typed without an apostrophe also matches the word after an elided
 * article ({@code armée} finds {@code l'armée}), since the tokenizer keeps them as one word. A
 * paragraph is kept when at least one of its matches passes; {@code NOT} still excludes every form.
 */
public enum Exactness {
  /** What the index finds: the same words, up to case, accents, elision and plurals. */
  WORDS,
  /**
   * The same form: case and apostrophe style ({@code ’} or {@code '}) ignored, accents, ligatures
   * and plurals kept: {@code "l'armée"} finds {@code L’Armée}, not {@code armées}.
   */
  FORM,
  /** The same form in the same case: {@code "État"} finds {@code État}, not {@code état}. */
  CASE;

  /**
   * The exactness the options {@code --same-form} and {@code --case} ask for: the case implies the
   * form.
   */
  public static Exactness of(boolean sameForm, boolean sameCase) {
    return sameCase ? CASE : sameForm ? FORM : WORDS;
  }
}
