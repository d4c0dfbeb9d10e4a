// Checks string equality, ordering, and canonical equivalence of composed characters.
let quotation = "We're a lot alike, you and I."
let sameQuotation = "We're a lot alike, you and I."
if quotation == sameQuotation {
    print("These two strings are considered equal")
}
let eAcuteQuestion = "Voulez-vous un caf\u{E9}?"
let combinedEAcuteQuestion = "Voulez-vous un caf\u{65}\u{301}?"
print(eAcuteQuestion == combinedEAcuteQuestion)
let latinCapitalLetterA: Character = "\u{41}"
let cyrillicCapitalLetterA: Character = "\u{0410}"
print(latinCapitalLetterA != cyrillicCapitalLetterA)
print("apple" < "banana", "Zebra" < "apple", "abc" < "abcd")
print("a" > "B", "10" < "9")
print(["pear", "Apple", "fig", "apple"].sorted())
print(max("kiwi", "mango"), min("kiwi", "mango"))
print("hello".elementsEqual("hello"))
