// Checks lazy stored properties: initializer runs only on first access, and only once.
struct DataImporter {
    var filename = "data.txt"
    init() {
        print("DataImporter created")
    }
}

struct DataManager {
    lazy var importer = DataImporter()
    var data: [String] = []
}

var manager = DataManager()
manager.data.append("Some data")
manager.data.append("Some more data")
print("data count: \(manager.data.count)")
print("about to use importer")
print(manager.importer.filename)
print(manager.importer.filename)

struct Fibs {
    var limit: Int
    lazy var values: [Int] = {
        print("computing fibs up to \(limit)")
        var result = [0, 1]
        while result.count < limit {
            result.append(result[result.count - 1] + result[result.count - 2])
        }
        return result
    }()
}
var f = Fibs(limit: 10)
print("created")
print(f.values)
print(f.values.last!)
