// Checks escape sequences in string literals and unicode scalar escapes.
let wiseWords = "\"Imagination is more important than knowledge\" - Einstein"
print(wiseWords)
let dollarSign = "\u{24}"
let blackHeart = "\u{2665}"
let sparklingHeart = "\u{1F496}"
print(dollarSign, blackHeart, sparklingHeart)
print("Tab\tseparated\tvalues")
print("Back\\slash")
print("Single 'quotes' need no escape")
print("Line1\nLine2")
print("Null char count:", "a\0b".count)
let threeQuotes = """
Escaping the first quotation mark \"""
Escaping all three \"\"\"
"""
print(threeQuotes)
