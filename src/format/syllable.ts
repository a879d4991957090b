// Whether a word has the shape of one Vietnamese syllable: an initial consonant, a vowel group and a
// final consonant from the closed lists of the language, with at most one tone mark. Used to tell a
// word written in an old encoding ("n¨m", "naêm") from a Vietnamese word ("năm") or a foreign one
// ("Müller"), in src/format/legacy-encodings.ts.

const INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?";
const VOWELS =
  "(?:uyê|uya|uyu|iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|ya|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)";
const FINAL = "(?:ch|ng|nh|c|m|n|p|t)?";
const SYLLABLE = new RegExp(`^${INITIAL}${VOWELS}${FINAL}$`);

/** The five tone marks (huyền, hỏi, ngã, sắc, nặng) as combining characters, in that order. */
export const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;
const TONE = /[\u0300\u0309\u0303\u0301\u0323]/g;

export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize("NFD");
  const tones = nfd.match(TONE)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(nfd.replace(TONE, "").normalize("NFC"));
}
