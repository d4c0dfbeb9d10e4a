// Checks Set insert (with its inserted/memberAfterInsert result), contains and remove.
var letters = Set<Character>()
print("letters is of type Set<Character> with \(letters.count) items.")
letters.insert("a")
print(letters)
var genres: Set<String> = ["Rock", "Classical", "Hip hop"]
let result = genres.insert("Jazz")
print(result.inserted, result.memberAfterInsert)
let again = genres.insert("Rock")
print(again.inserted, again.memberAfterInsert)
print(genres.count)
if let removedGenre = genres.remove("Rock") {
    print("\(removedGenre)? I'm over it.")
} else {
    print("I never much cared for that.")
}
print(genres.remove("Polka") as Any)
if genres.contains("Funk") {
    print("I get up on the good foot.")
} else {
    print("It's too funky in here.")
}
print(genres.sorted())
