// Checks extended grapheme clusters: combining marks, flags and emoji sequences.
let eAcute: Character = "\u{E9}"
let combinedEAcute: Character = "\u{65}\u{301}"
print(eAcute, combinedEAcute, eAcute == combinedEAcute)
let precomposed: Character = "\u{D55C}"
let decomposed: Character = "\u{1112}\u{1161}\u{11AB}"
print(precomposed, decomposed, precomposed == decomposed)
let enclosedEAcute: Character = "\u{E9}\u{20DD}"
print(enclosedEAcute)
let regionalIndicatorForUS: Character = "\u{1F1FA}\u{1F1F8}"
print(regionalIndicatorForUS)
let family = "👨‍👩‍👧"
print(family.count, family.unicodeScalars.count)
let mixed = "e\u{301}a\u{308}o"
print(mixed, mixed.count, Array(mixed).map { String($0).unicodeScalars.count })
