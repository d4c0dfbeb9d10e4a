// Checks count and isEmpty for strings, including grapheme clusters.
let unusualMenagerie = "Koala 🐨, Snail 🐌, Penguin 🐧, Dromedary 🐪"
print("unusualMenagerie has \(unusualMenagerie.count) characters")

var word = "cafe"
print("the number of characters in \(word) is \(word.count)")
word += "\u{301}"
print("the number of characters in \(word) is \(word.count)")
print("unicode scalars: \(word.unicodeScalars.count), utf8: \(word.utf8.count)")

let blank = ""
if blank.isEmpty {
    print("Nothing to see here")
}
let spaces = "   "
print(spaces.isEmpty, spaces.count)
let flag = "🇺🇸"
print(flag.count, flag.unicodeScalars.count, flag.utf16.count)
