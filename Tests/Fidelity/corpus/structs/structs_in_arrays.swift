// Checks arrays of structs: printing the array, sorting, filtering and mapping fields.
struct Book {
    var title: String
    var year: Int
    var rating: Double
}
var books = [
    Book(title: "Dune", year: 1965, rating: 4.5),
    Book(title: "Neuromancer", year: 1984, rating: 4.1),
    Book(title: "Foundation", year: 1951, rating: 4.3),
]
print(books)
let byYear = books.sorted { $0.year < $1.year }
for b in byYear {
    print("\(b.year): \(b.title)")
}
let good = books.filter { $0.rating > 4.2 }.map { $0.title }
print(good)
books[1].rating = 4.9
print(books.max { $0.rating < $1.rating }!.title)
let avg = books.reduce(0.0) { $0 + $1.rating } / Double(books.count)
print("average rating \(avg)")
print(books.map(\.year))
