// Checks multiline string literals, escapes and raw strings.
let quotation = """
The White Rabbit put on his spectacles.
    "Where shall I begin, please your Majesty?" he asked.
"Begin at the beginning," the King said gravely.
"""
print(quotation)
let softWrapped = """
one line \
continued
"""
print(softWrapped)
let wiseWords = "\"Imagination is more important than knowledge\" - Einstein"
print(wiseWords)
print("tab:\tend")
print("backslash: \\ done")
let dollarSign = "\u{24}"
let blackHeart = "\u{2665}"
print(dollarSign, blackHeart)
let raw = #"Line 1\nLine 2 \(not interpolated)"#
print(raw)
let rawInterp = #"value: \#(40 + 2)"#
print(rawInterp)
print("Count: \(quotation.count)")
