// Checks custom subscripts with one and several parameters, setters and static subscripts.
struct TimesTable {
    let multiplier: Int
    subscript(index: Int) -> Int { multiplier * index }
}
let threeTimesTable = TimesTable(multiplier: 3)
print("six times three is \(threeTimesTable[6])")
struct Matrix {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        grid = Array(repeating: 0.0, count: rows * columns)
    }
    func indexIsValid(row: Int, column: Int) -> Bool {
        row >= 0 && row < rows && column >= 0 && column < columns
    }
    subscript(row: Int, column: Int) -> Double {
        get { grid[(row * columns) + column] }
        set { grid[(row * columns) + column] = newValue }
    }
}
var matrix = Matrix(rows: 2, columns: 2)
matrix[0, 1] = 1.5
matrix[1, 0] = 3.2
print(matrix.grid)
print(matrix[1, 0] + matrix[0, 1], matrix.indexIsValid(row: 2, column: 2))
enum Weekday: Int {
    case mon = 1, tue, wed, thu, fri, sat, sun
    static subscript(n: Int) -> Weekday { Weekday(rawValue: n)! }
}
print(Weekday[3], Weekday[7].rawValue)
struct Sentence {
    var words: [String]
    subscript(i: Int) -> String {
        get { words[i] }
        set { words[i] = newValue }
    }
    subscript(range: Range<Int>) -> String { words[range].joined(separator: " ") }
}
var s = Sentence(words: ["the", "cat", "sat", "down"])
s[1] = "dog"
print(s[0..<3], s[3])
