// Checks a generic Grid<T> with a two-argument subscript and a generic subscript on a dictionary wrapper.
struct Grid<T> {
    let rows: Int, columns: Int
    private var cells: [T]

    init(rows: Int, columns: Int, initial: T) {
        (self.rows, self.columns) = (rows, columns)
        cells = Array(repeating: initial, count: rows * columns)
    }

    subscript(r: Int, c: Int) -> T {
        get { cells[r * columns + c] }
        set { cells[r * columns + c] = newValue }
    }

    func row(_ r: Int) -> [T] {
        Array(cells[(r * columns)..<((r + 1) * columns)])
    }
}

var board = Grid(rows: 3, columns: 3, initial: ".")
board[0, 0] = "X"; board[1, 1] = "O"; board[2, 0] = "X"
for r in 0..<board.rows {
    print(board.row(r).joined(separator: " "))
}

var heat = Grid<Double>(rows: 2, columns: 2, initial: 0)
heat[0, 1] = 1.5
heat[1, 0] += 2.25
print(heat.row(0), heat.row(1))

struct Settings {
    var values: [String: Any] = [:]
    subscript<T>(key: String, as type: T.Type) -> T? {
        values[key] as? T
    }
}
var s = Settings()
s.values = ["volume": 7, "name": "kernel"]
print(s["volume", as: Int.self] ?? 0, s["name", as: String.self] ?? "?", s["volume", as: String.self] ?? "not a string")
