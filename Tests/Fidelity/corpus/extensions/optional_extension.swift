// Checks extending Optional with a where clause and a custom orEmpty/isNilOrEmpty helper.
extension Optional where Wrapped == String {
    var orEmpty: String { self ?? "" }
    var isNilOrEmpty: Bool { self?.isEmpty ?? true }
}

extension Optional {
    func or(_ fallback: Wrapped) -> Wrapped {
        switch self {
        case .some(let v): return v
        case .none: return fallback
        }
    }
}

let nickname: String? = nil
let city: String? = "Lyon"
let blank: String? = ""
print("[\(nickname.orEmpty)]", "[\(city.orEmpty)]")
print(nickname.isNilOrEmpty, city.isNilOrEmpty, blank.isNilOrEmpty)
let maybeCount: Int? = Int("12")
let bad: Int? = Int("twelve")
print(maybeCount.or(0), bad.or(-1))
print([1, 2, 3].first.or(0), [Double]().last.or(.nan).isNaN)
