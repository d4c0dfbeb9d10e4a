// Checks iterating a Set in sorted order and using filter/map on sets.
let favoriteGenres: Set = ["Rock", "Classical", "Hip hop", "Jazz"]
for genre in favoriteGenres.sorted() {
    print("\(genre)")
}
let longNames = favoriteGenres.filter { $0.count > 4 }
print(type(of: longNames))
print(longNames.sorted())
let lengths = favoriteGenres.map { $0.count }
print(type(of: lengths))
print(lengths.sorted())
let total = favoriteGenres.reduce(0) { $0 + $1.count }
print(total)
print(favoriteGenres.min()!, favoriteGenres.max()!)
